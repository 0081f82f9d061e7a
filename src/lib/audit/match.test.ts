import { describe, expect, it } from 'vitest';
import { findingsTouching, touchesFigure } from './match';

const SOURCE = 'hy_eeb_2022_self_assessment';
const body = (value: number) => ({ value, citation: { source_id: SOURCE, locator: '正文 六 ¶1' } });

describe('a finding touches a figure by citation', () => {
	it('matches the same source, locator and value', () => {
		const touch = {
			source_id: SOURCE,
			locator: '附件1 / 经费控制情况 / 三公经费 / 2021年决算数',
			value: 18.4
		};
		expect(touchesFigure(touch, { value: 18.4, citation: touch })).toBe(true);
		expect(touchesFigure(touch, { value: 18.4, citation: { ...touch, source_id: 'other' } })).toBe(false);
	});

	it('tells apart two figures cited by one paragraph (PM10 48 and PM2.5 31 in 正文 六 ¶1)', () => {
		const pm10 = { source_id: SOURCE, locator: '正文 六 ¶1', value: 48 };
		expect(touchesFigure(pm10, body(48))).toBe(true);
		expect(touchesFigure(pm10, body(31))).toBe(false);
	});

	it('an aggregate over several tables is touched by a number inside one of them, not by text', () => {
		const aggregate = {
			value: 159.64,
			citation: { source_id: SOURCE, locator: '附件3 表1 排污权交易中心工作经费; 附件3 表2 减排工作经费' }
		};
		const executed = { source_id: SOURCE, locator: '附件3 表2 减排工作经费 / 年度资金总额', value: 26.36 };
		const outcome = {
			source_id: SOURCE,
			locator: '附件3 表2 减排工作经费 / 年度总体目标 / 实际完成情况',
			value: null
		};
		const elsewhere = { source_id: SOURCE, locator: '附件3 表20 其他 / 年度资金总额', value: 1 };
		expect(touchesFigure(executed, aggregate)).toBe(true);
		expect(touchesFigure(outcome, aggregate)).toBe(false);
		expect(touchesFigure(elsewhere, aggregate)).toBe(false);
	});

	it('filters findings by the figures they touch', () => {
		const findings = [
			{ id: 'a', touches: [{ source_id: SOURCE, locator: '正文 六 ¶1', value: 48 }] },
			{ id: 'b', touches: [{ source_id: SOURCE, locator: '正文 六 ¶1', value: 87.9 }] }
		];
		expect(findingsTouching(findings, body(87.9)).map((f) => f.id)).toEqual(['b']);
	});
});
