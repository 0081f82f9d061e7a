import { describe, expect, it } from 'vitest';
import type { AuditDigest } from '$lib/audit/types';
import { badgeFromDigest, badgeFromElement, figureKey } from './audit-badge-view';

// Two findings of the real 2022 self-assessment (hy_eeb_2022_self_assessment): the 2021 三公经费
// 18.4 万元 is less than its parts, and a note on the same figure to test the ordering.
const SOURCE = 'hy_eeb_2022_self_assessment';
const THREE_PUBLIC_2021 = '附件1 / 经费控制情况 / 三公经费 / 2021年决算数';
const digest: AuditDigest = {
	refs: [
		{
			id: 'yoy_note-hengyang_eeb-2021-final-three_public-note-x1',
			rule_id: 'yoy_note',
			severity: 'note',
			topic: 'three_public',
			department_id: 'hengyang_eeb',
			fiscal_year: 2021,
			touches: [{ source_id: SOURCE, locator: THREE_PUBLIC_2021, value: 18.4 }]
		},
		{
			id: 'parts_sum-hengyang_eeb-2021-final-three_public-short-1lnu9aj',
			rule_id: 'parts_sum',
			severity: 'error',
			topic: 'three_public',
			department_id: 'hengyang_eeb',
			fiscal_year: 2021,
			touches: [
				{ source_id: SOURCE, locator: THREE_PUBLIC_2021, value: 18.4 },
				{ source_id: SOURCE, locator: '附件1 / 经费控制情况 / 3、公务接待 / 2021年决算数', value: 7.29 }
			]
		}
	],
	titles: {
		parts_sum: { zh: '合计与各部分之和不符', en: 'A total does not equal the sum of its parts' },
		yoy_note: { zh: '同比变化', en: 'Year-on-year change' }
	}
};
const threePublic2021 = { value: 18.4, citation: { source_id: SOURCE, locator: THREE_PUBLIC_2021 } };

/** The attributes AuditBadge writes, as a DOM element would return them. */
function element(attributes: Record<string, string>): Element {
	return { getAttribute: (name: string) => attributes[name] ?? null } as unknown as Element;
}

describe('a badge from the digest', () => {
	it('the 2021 三公经费 18.4: worst severity first, both titles, link to the error finding', () => {
		expect(badgeFromDigest(digest, threePublic2021, 'zh-CN')).toEqual({
			severity: 'error',
			count: 2,
			findings: [
				'parts_sum-hengyang_eeb-2021-final-three_public-short-1lnu9aj',
				'yoy_note-hengyang_eeb-2021-final-three_public-note-x1'
			],
			titles: '合计与各部分之和不符；同比变化',
			link: '?dept=hengyang_eeb&year=2021#parts_sum-hengyang_eeb-2021-final-three_public-short-1lnu9aj'
		});
		expect(badgeFromDigest(digest, threePublic2021, 'en')?.titles).toBe(
			'A total does not equal the sum of its parts; Year-on-year change'
		);
	});

	it('no badge for the same locator with another value, or another source', () => {
		expect(badgeFromDigest(digest, { ...threePublic2021, value: 28.98 }, 'zh-CN')).toBeNull();
		const other = { value: 18.4, citation: { source_id: 'other', locator: THREE_PUBLIC_2021 } };
		expect(badgeFromDigest(digest, other, 'zh-CN')).toBeNull();
	});

	it('the figure key holds source, locator and value, tab-separated', () => {
		expect(figureKey(threePublic2021)).toBe(`${SOURCE}\t${THREE_PUBLIC_2021}\t18.4`);
	});
});

describe('a badge read back from its prerendered markup', () => {
	it('gives the badge it was rendered from, from any page depth', () => {
		const view = badgeFromDigest(digest, threePublic2021, 'zh-CN');
		expect(view).not.toBeNull();
		if (!view) return;
		for (const base of ['./audit', '../../../audit', '/sub/en/audit']) {
			const read = badgeFromElement(
				element({
					'data-severity': view.severity,
					'data-count': String(view.count),
					'data-findings': view.findings.join(' '),
					title: view.titles,
					href: `${base}${view.link}`
				})
			);
			expect(read).toEqual(view);
		}
	});

	it('refuses markup that is not a badge (unknown severity, no findings, no link)', () => {
		const good = { 'data-severity': 'error', 'data-findings': 'a', href: './audit#a' };
		expect(badgeFromElement(element({ ...good, 'data-severity': 'fatal' }))).toBeNull();
		expect(badgeFromElement(element({ ...good, 'data-findings': '' }))).toBeNull();
		expect(badgeFromElement(element({ ...good, href: './audit' }))).toBeNull();
		expect(badgeFromElement(element(good))?.count).toBe(1);
	});
});
