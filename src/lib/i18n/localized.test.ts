import { describe, expect, it } from 'vitest';
import {
	collator,
	inLocale,
	inSentence,
	isEnglish,
	listSeparator,
	localized,
	localizedCamel,
	otherLocale,
	wordSeparator
} from './localized';

const eeb = { name_zh: '衡阳市生态环境局', name_en: 'Hengyang Ecology and Environment Bureau' };

describe('localized values', () => {
	it('picks the pair member of the locale, Chinese by default', () => {
		expect(inLocale('zh-CN', { zh: '衡阳市', en: 'Hengyang' })).toBe('衡阳市');
		expect(inLocale('en', { zh: '衡阳市', en: 'Hengyang' })).toBe('Hengyang');
		expect(localized('zh-CN', eeb, 'name')).toBe('衡阳市生态环境局');
		expect(localized('en', eeb, 'name')).toBe('Hengyang Ecology and Environment Bureau');
		expect(localizedCamel('en', { nameZh: '排污权交易', nameEn: 'Emission trading' }, 'name')).toBe(
			'Emission trading'
		);
	});

	it('keeps a missing member missing instead of falling back to the other language', () => {
		const yearbook = { department_zh: null, department_en: null };
		expect(localized('en', yearbook, 'department')).toBeNull();
		expect(localized('zh-CN', { title_zh: '年鉴', title_en: undefined }, 'title')).toBe('年鉴');
		expect(localized('en', { title_zh: '年鉴', title_en: undefined }, 'title')).toBeUndefined();
	});

	it('offers the other locale and lower-cases English labels inside a sentence', () => {
		expect(isEnglish('en')).toBe(true);
		expect(isEnglish('zh-CN')).toBe(false);
		expect(otherLocale('zh-CN')).toBe('en');
		expect(otherLocale('en')).toBe('zh-CN');
		expect(inSentence('en', 'Final accounts')).toBe('final accounts');
		expect(inSentence('zh-CN', '决算')).toBe('决算');
	});

	it('joins lists and phrases as each language writes them', () => {
		expect(['a', 'b'].join(listSeparator('en'))).toBe('a, b');
		expect(['甲', '乙'].join(listSeparator('zh-CN'))).toBe('甲、乙');
		expect(['PM2.5', 'annual'].join(wordSeparator('en'))).toBe('PM2.5 annual');
		expect(['年均', '浓度'].join(wordSeparator('zh-CN'))).toBe('年均浓度');
	});

	it('sorts Chinese names in pinyin order and English ones alphabetically', () => {
		const zh = ['株洲市', '郴州市', '衡阳市', '岳阳市'].sort(collator('zh-CN').compare);
		expect(zh).toEqual(['郴州市', '衡阳市', '岳阳市', '株洲市']);
		expect(['Zhuzhou', 'changsha', 'Hengyang'].sort(collator('en').compare)).toEqual([
			'changsha',
			'Hengyang',
			'Zhuzhou'
		]);
	});
});
