// The contract's checks added with issue 8: 功能分类/经济分类 codes and regions as data, one
// primary row per fact (split from validate.test.ts, same fixtures).
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/fixtures/data/load-fixture';
import { formatProblems, validateDataset } from './validate';

function problemsOf(fixture: string, lang: 'en' | 'zh-CN' = 'en'): string[] {
	return formatProblems(validateDataset(loadFixture(fixture)), lang);
}

describe('coded lines', () => {
	it('code-hierarchy: a coded line sits under the code without its last two digits', () => {
		expect(problemsOf('code-hierarchy')).toEqual([
			"code-hierarchy/spending.csv:6:19 (functional_code): functional_code 2110402 does not fit under its parent fc_21103, whose functional_code is 21103 (line 4) — the parent's functional_code is the code without its last two digits (21104): correct one of the codes, or point parent_line_id at the line with functional_code 21104",
			'code-hierarchy/spending.csv:7:19 (functional_code): functional_code 212 does not fit under its parent fc_211, whose functional_code is 211 (line 3) — a 3-digit code is a top-level class: put it under a line without functional_code (e.g. total), or correct the code',
			"code-hierarchy/spending.csv:9:20 (economic_class): economic_class 30201 does not fit under its parent ec_301, whose economic_class is 301 (line 8) — the parent's economic_class is the code without its last two digits (302): correct one of the codes, or point parent_line_id at the line with economic_class 302"
		]);
	});

	it('code-hierarchy: the same problems in Chinese', () => {
		expect(problemsOf('code-hierarchy', 'zh-CN')[0]).toBe(
			'code-hierarchy/spending.csv:6:19 (functional_code): functional_code 2110402 与上级 fc_21103 的 functional_code（21103，第 4 行）不衔接 — 上级的 functional_code 应为去掉末两位的编码（21104）：更正其中一个编码，或把 parent_line_id 改为 functional_code 为 21104 的科目'
		);
	});
});

describe('regions and primary rows of facts', () => {
	it('regions-and-primaries: region codes, levels and parents; one primary row per environment fact', () => {
		expect(problemsOf('regions-and-primaries')).toEqual([
			'regions-and-primaries/regions.csv:5:2 (code): "4301" is not in the expected format — use the six-digit administrative division code (GB/T 2260), e.g. 430400',
			'regions-and-primaries/regions.csv:6:5 (level): "city" is not an allowed value — use one of: country, province, prefecture, county, district',
			'regions-and-primaries/regions.csv:7:6 (parent_region_id): "hubei" is not a region_id in regions-and-primaries/regions.csv — add it to regions-and-primaries/regions.csv, or correct the id',
			'regions-and-primaries/environment.csv:3:18 (is_primary): more than one row has is_primary = true for region_id=hengyang, scope=urban_area, year=2022, period=year, indicator=pm25, measure=observed: line 2 is also primary — set is_primary to false on all but one of them',
			'regions-and-primaries/environment.csv:4:18 (is_primary): no row has is_primary = true for region_id=hengyang, scope=urban_area, year=2022, period=year, indicator=pm10, measure=observed (lines 4, 5) — set is_primary to true on exactly one row',
			'regions-and-primaries/environment.csv:6:1 (region_id): "changde" is not a region_id in regions-and-primaries/regions.csv — add it to regions-and-primaries/regions.csv, or correct the id'
		]);
	});

	it('a new city is a row of regions.csv, not a code change', () => {
		const input = loadFixture('valid');
		const regions = input.regions;
		const environment = input.environment;
		if (regions === undefined || environment === undefined) throw new Error('fixture');
		const changde =
			'changde,whole_city,2022,year,pm25,observed,=,35,µg/m³,,,reported,,,hy_yearbook_2022,表 12-3 / 常德市 / PM2.5,常德市 35,true\n';
		const withCity = { ...input, environment: { ...environment, text: environment.text + changde } };
		expect(formatProblems(validateDataset(withCity), 'en')).toEqual([
			'valid/environment.csv:4:1 (region_id): "changde" is not a region_id in valid/regions.csv — add it to valid/regions.csv, or correct the id'
		]);
		const row = 'changde,430700,常德市,Changde,prefecture,hunan\n';
		const added = { ...withCity, regions: { ...regions, text: regions.text + row } };
		expect(validateDataset(added).problems).toEqual([]);
	});
});
