import { describe, expect, it } from 'vitest';
import type { Figure } from '$lib/queries/figures';
import { citationText, citedDepartment } from './cite';
import type { SourceInfo } from './sources';

const report: SourceInfo = {
	source_id: 'hy_eeb_2022_self_assessment',
	title_zh: '衡阳市生态环境局2022年度部门整体支出绩效自评报告',
	title_en:
		'Hengyang Ecology and Environment Bureau: 2022 department-wide expenditure performance self-assessment',
	publisher_zh: '衡阳市生态环境局',
	publisher_en: 'Hengyang Ecology and Environment Bureau',
	published_on: '2023-03-18',
	kind: 'self_assessment',
	location: '',
	department_id: 'hengyang_eeb',
	department_zh: '衡阳市生态环境局',
	department_en: 'Hengyang Ecology and Environment Bureau'
};

const threePublic: Figure = {
	value: 28.98,
	unit: '万元',
	decimals: 2,
	citation: {
		source_id: report.source_id,
		locator: '附件1 / 经费控制情况 / 三公经费 / 2022年决算数',
		excerpt: '三公经费 18.4 50 28.98',
		derivation: 'reported',
		formula: null
	}
};

const link = 'https://example.org/three-public?dept=hengyang_eeb';

describe('citationText', () => {
	it('reads as a citation in zh-CN: department, value with unit, report, date, locator, link', () => {
		expect(
			citationText({
				figure: threePublic,
				valueText: '28.98 万元',
				source: report,
				department: '衡阳市生态环境局',
				permalink: link,
				locale: 'zh-CN'
			})
		).toBe(
			'衡阳市生态环境局：28.98 万元。出处：衡阳市生态环境局《衡阳市生态环境局2022年度部门整体支出绩效自评报告》，2023-03-18 发布，附件1 / 经费控制情况 / 三公经费 / 2022年决算数。见明镜：https://example.org/three-public?dept=hengyang_eeb'
		);
	});
	it('reads as a citation in English, and spells out a derived figure’s formula', () => {
		const derived: Figure = {
			...threePublic,
			value: 58,
			unit: '%',
			citation: { ...threePublic.citation, derivation: 'derived', formula: '决算 ÷ 预算: 28.98 ÷ 50 × 100' }
		};
		expect(
			citationText({
				figure: derived,
				valueText: '58.0%',
				source: report,
				department: 'Hengyang Ecology and Environment Bureau',
				permalink: null,
				locale: 'en'
			})
		).toBe(
			'Hengyang Ecology and Environment Bureau: 58.0%. Source: Hengyang Ecology and Environment Bureau, “Hengyang Ecology and Environment Bureau: 2022 department-wide expenditure performance self-assessment”, published 2023-03-18, 附件1 / 经费控制情况 / 三公经费 / 2022年决算数. Derived value; formula: 决算 ÷ 预算: 28.98 ÷ 50 × 100.'
		);
	});
	it('says when the source gives no date instead of guessing one', () => {
		const text = citationText({
			figure: threePublic,
			valueText: '17.06 万元',
			source: { ...report, published_on: '' },
			department: null,
			permalink: null,
			locale: 'zh-CN'
		});
		expect(text.startsWith('17.06 万元。')).toBe(true);
		expect(text).toContain('发布日期未注明');
	});
});

describe('citedDepartment', () => {
	it('credits the source’s department, never the page’s, for a context source', () => {
		expect(citedDepartment(report, 'en', 'Page dept')).toBe('Hengyang Ecology and Environment Bureau');
		expect(citedDepartment({ ...report, department_id: null }, 'zh-CN', '页面部门')).toBeNull();
	});
	it('falls back to the page’s department when the source map carries no department column', () => {
		const bare: SourceInfo = { ...report };
		delete bare.department_id;
		expect(citedDepartment(bare, 'zh-CN', '衡阳市生态环境局')).toBe('衡阳市生态环境局');
	});
});
