import { describe, expect, it } from 'vitest';
import { sourceLabel, sourceText } from './source-terms';

// The values are the real cells of Hengyang's 2022 performance tables (data/indicators.csv).
describe('fixed vocabulary of source cells on English pages', () => {
	it('translates 无, 财政预算内 and 达到95%以上 through the glossary', () => {
		expect(sourceText('无', 'en')).toEqual({ text: 'none', lang: undefined });
		expect(sourceText('财政预算内', 'en')).toEqual({ text: 'within the budget', lang: undefined });
		expect(sourceText('达到95%以上', 'en')).toEqual({ text: 'at least 95%', lang: undefined });
	});
	it('keeps source prose in Chinese, marked, and Latin text unmarked', () => {
		expect(sourceText('市城区环境空气优良率达到95%', 'en')).toEqual({
			text: '市城区环境空气优良率达到95%',
			lang: 'zh-CN'
		});
		expect(sourceText('100%', 'en')).toEqual({ text: '100%', lang: undefined });
		expect(sourceText(null, 'en')).toEqual({ text: '', lang: undefined });
	});
	it('leaves Chinese pages as printed', () => {
		expect(sourceText('无', 'zh-CN')).toEqual({ text: '无', lang: 'zh-CN' });
	});
	it('names the report’s annexes in English', () => {
		expect(sourceLabel('hy_eeb_2022_self_assessment · 附件1', 'en')).toBe(
			'hy_eeb_2022_self_assessment · annex 1'
		);
		expect(sourceLabel('hy_eeb_2022_self_assessment · 附件1', 'zh-CN')).toBe(
			'hy_eeb_2022_self_assessment · 附件1'
		);
	});
});
