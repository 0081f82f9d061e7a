import { describe, expect, it } from 'vitest';
import type { CityEntry, CityRanking } from '$lib/queries/compare-model';
import { rankingView } from './compare-views';
import type { SourceMap } from './sources';

const sources = {
	cn_city_yearbook_2023: {
		source_id: 'cn_city_yearbook_2023',
		title_zh: '中国城市统计年鉴2023',
		title_en: 'China City Statistical Yearbook 2023'
	}
} as unknown as SourceMap;

function entry(
	regionId: string,
	zh: string,
	en: string,
	value: number,
	rank: number,
	highlighted = false
): CityEntry {
	return {
		regionId,
		name: { zh, en },
		value,
		rank,
		highlighted,
		figure: {
			value,
			unit: 'µg/m³',
			decimals: 0,
			citation: {
				source_id: 'cn_city_yearbook_2023',
				locator: `R${rank}`,
				excerpt: '',
				derivation: 'reported',
				formula: null
			}
		}
	};
}

// Three of the 2022 yearbook figures (data/environment.csv): Chenzhou 26, Hengyang 29, Xiangtan 44.
const ranking: CityRanking = {
	key: 'pm25|whole_city|2022',
	indicator: 'pm25',
	scope: 'whole_city',
	year: 2022,
	unit: 'µg/m³',
	order: 'ascending',
	entries: [
		entry('chenzhou', '郴州市', 'Chenzhou', 26, 1),
		entry('hengyang', '衡阳市', 'Hengyang', 29, 2, true),
		entry('xiangtan', '湘潭市', 'Xiangtan', 44, 3)
	],
	missing: [{ regionId: 'xiangxi', name: { zh: '湘西土家族苗族自治州', en: 'Xiangxi' } }],
	sourceIds: ['cn_city_yearbook_2023']
};

describe('rankingView', () => {
	it('says the selected city rank, both ends, what is missing and the source, in zh and en', () => {
		const zh = rankingView(ranking, { locale: 'zh-CN', sources, highlightName: '衡阳市', id: 'x' });
		expect(zh.summary).toBe(
			'2022年PM2.5 年均浓度（全市）：衡阳市为 29 µg/m³，在 3 个有数字的城市中排第 2（由低到高）。第一为郴州市 26 µg/m³，最后为湘潭市 44 µg/m³。本数据集中没有以下城市的数字：湘西土家族苗族自治州。来源：中国城市统计年鉴2023。'
		);
		const en = rankingView(ranking, { locale: 'en', sources, highlightName: 'Hengyang', id: 'x' });
		expect(en.summary).toBe(
			'PM2.5 annual mean, 2022 (Whole city): Hengyang: 29 µg/m³, rank 2 of 3 cities with a figure (lowest first). First: Chenzhou 26 µg/m³; last: Xiangtan 44 µg/m³. Not in this data set: Xiangxi. Sources: China City Statistical Yearbook 2023.'
		);
		expect(en.table.rows[1]).toEqual([
			'2',
			'▶ Hengyang (selected)',
			'29',
			'Whole city',
			'China City Statistical Yearbook 2023'
		]);
	});
	it('marks the selected city by label, bold text, colour and decal, not by colour alone', () => {
		const { option } = rankingView(ranking, { locale: 'zh-CN', sources, highlightName: '衡阳市', id: 'x' });
		const y = (option.yAxis as { data: { value: string; textStyle: { fontWeight?: string } }[] }).data;
		expect(y.map((c) => c.value)).toEqual(['郴州市', '衡阳市', '湘潭市']);
		expect(y.map((c) => c.textStyle.fontWeight ?? null)).toEqual([null, 'bold', null]);
		type Bar = {
			value: number;
			itemStyle: { color: string; decal: { symbol: string } };
			label: { formatter: () => string };
		};
		const bars = (option.series as { data: Bar[] }[])[0]!.data;
		expect(bars.map((b) => b.value)).toEqual([26, 29, 44]);
		expect(bars.map((b) => b.itemStyle.color)).toEqual(['#1f5f8b', '#d9822b', '#1f5f8b']);
		expect(bars.map((b) => b.itemStyle.decal.symbol)).toEqual(['none', 'rect', 'none']);
		expect(bars.map((b) => b.label.formatter())).toEqual(['26', '29', '44']);
		expect((option.title as { text: string }).text).toMatch(/ · µg\/m³$/);
	});
	it('says so when the selected city has no figure that year', () => {
		const without = { ...ranking, entries: ranking.entries.filter((e) => !e.highlighted) };
		const view = rankingView(without, { locale: 'en', sources, highlightName: 'Hengyang', id: 'x' });
		expect(view.summary).toContain('This data set holds no figure for Hengyang in this year.');
	});
});
