import { describe, expect, it } from 'vitest';
import { Registry } from './registry';
import type { Recipe } from './types';

const regions = [
	{ region_id: 'china', code: '', name_zh: '中国', name_en: 'China', level: 'country', parent_region_id: '' },
	{
		region_id: 'hunan',
		code: '430000',
		name_zh: '湖南省',
		name_en: 'Hunan',
		level: 'province',
		parent_region_id: 'china'
	},
	{
		region_id: 'hengyang',
		code: '430400',
		name_zh: '衡阳市',
		name_en: 'Hengyang',
		level: 'prefecture',
		parent_region_id: 'hunan'
	}
];
const departments = [{ department_id: 'hengyang_eeb', name_zh: '衡阳市生态环境局', name_en: 'Hengyang EEB' }];

const recipe: Recipe = {
	version: 1,
	layout: 'standard_three_public',
	sheet: null,
	headerRows: [3],
	firstDataRow: 4,
	lastDataRow: null,
	unit: '万元',
	department: { name_zh: '株洲市生态环境局' },
	year: 2022,
	stage: 'final',
	source: { id: null, kind: null, title_zh: '株洲市生态环境局2022年部门决算' },
	columns: []
};

describe('Registry: names printed in files become ids', () => {
	it('finds regions by Chinese or English name, ignoring padding and case', () => {
		const registry = new Registry({ regions });
		expect(registry.regionId({ name_zh: ' 衡阳市 ' })).toBe('hengyang');
		expect(registry.regionId({ name_zh: '衡 阳 市' })).toBe('hengyang');
		expect(registry.regionId({ name_zh: '??', name_en: 'hengyang' })).toBe('hengyang');
		expect(registry.added.regions).toEqual([]);
	});

	it('adds a new city under its province, with a readable id from the English name', () => {
		const registry = new Registry({ regions });
		expect(registry.regionId({ name_zh: '株洲市', name_en: 'Zhuzhou', parent: '湖南省' })).toBe('zhuzhou');
		expect(registry.added.regions).toEqual([
			{
				region_id: 'zhuzhou',
				code: '',
				name_zh: '株洲市',
				name_en: 'Zhuzhou',
				level: 'prefecture',
				parent_region_id: 'hunan'
			}
		]);
		// The same city again resolves to the row just added.
		expect(registry.regionId({ name_zh: '株洲市' })).toBe('zhuzhou');
		expect(registry.added.regions).toHaveLength(1);
	});

	it('gives a name without English a stable hashed id, never a taken one', () => {
		const a = new Registry({ regions }).regionId({ name_zh: '醴陵市' });
		const b = new Registry({ regions }).regionId({ name_zh: '醴陵市' });
		expect(a).toMatch(/^r_[0-9a-f]{8}$/);
		expect(a).toBe(b);
		const clash = new Registry({ regions });
		expect(clash.regionId({ name_zh: '另一个衡阳', name_en: 'Hengyang City' })).toBe('hengyang_city');
	});

	it('reuses a department by name and adds a new one with its region from the name', () => {
		const registry = new Registry({ regions, departments });
		expect(registry.departmentId('衡阳市生态环境局')).toBe('hengyang_eeb');
		const id = registry.departmentId('衡阳市财政局');
		expect(id).toMatch(/^d_[0-9a-f]{8}$/);
		expect(registry.added.departments[0]).toMatchObject({
			department_id: id,
			name_zh: '衡阳市财政局',
			region_zh: '衡阳市',
			region_id: 'hengyang',
			level: 'prefecture',
			is_primary: 'false'
		});
		expect(new Registry({ regions }).departmentId('大竹县科技局', { id: 'dazhu_science' })).toBe(
			'dazhu_science'
		);
	});

	it('adds the recipe as a source once, of the kind its layout and stage say', () => {
		const registry = new Registry({
			regions,
			departments,
			sources: [{ source_id: 'cn_city_yearbook_2023' }]
		});
		const id = registry.sourceId(recipe, 'data/in/株洲 2022 决算.xlsx', 'zz');
		expect(id).toMatch(/^s_[0-9a-f]{8}$/);
		expect(registry.sourceId(recipe, 'Hunan 2017.csv', null)).toBe('hunan_2017');
		expect(registry.added.sources[0]).toMatchObject({
			source_id: id,
			title_zh: '株洲市生态环境局2022年部门决算',
			department_id: 'zz',
			fiscal_year: '2022',
			kind: 'final_accounts_disclosure',
			file_name: '株洲 2022 决算.xlsx'
		});
		const given = { ...recipe, source: { ...recipe.source, id: 'cn_city_yearbook_2023' } };
		expect(registry.sourceId(given, 'x.xlsx', null)).toBe('cn_city_yearbook_2023');
		expect(registry.added.sources).toHaveLength(2);
	});
});

describe('Registry: provinces and --within', () => {
	it('names a new province from the national list and puts it under China', () => {
		const registry = new Registry({ regions });
		const id = registry.regionId({ name_zh: '益阳市', name_en: 'Yiyang', parent: '湖北省' });
		expect(registry.added.regions).toEqual([
			{
				region_id: 'hubei',
				code: '',
				name_zh: '湖北省',
				name_en: 'Hubei',
				level: 'province',
				parent_region_id: 'china'
			},
			{
				region_id: id,
				code: '',
				name_zh: '益阳市',
				name_en: 'Yiyang',
				level: 'prefecture',
				parent_region_id: 'hubei'
			}
		]);
		expect(registry.regionId({ name_zh: 'Hunan' })).toBe('hunan');
	});

	it('tells whether a region lies within another', () => {
		const registry = new Registry({ regions });
		const wuhan = registry.regionId({ name_zh: '武汉市', name_en: 'Wuhan', parent: '湖北省' });
		expect(registry.isWithin('hengyang', 'hunan')).toBe(true);
		expect(registry.isWithin('hengyang', 'china')).toBe(true);
		expect(registry.isWithin('hunan', 'hunan')).toBe(true);
		expect(registry.isWithin(wuhan, 'hunan')).toBe(false);
		expect(registry.isWithin(wuhan, 'china')).toBe(true);
	});
});
