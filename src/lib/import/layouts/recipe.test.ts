// Recipes saved as JSON, parsed back and applied unchanged: to the same file (identical rows), and to
// another edition or another file, where the recipe finds its columns again by header text or meaning.
import { beforeAll, describe, expect, it } from 'vitest';
import { sheetFromText } from '../sheet';
import type { ImportProblem, Recipe, Sheet, SheetImport } from '../types';
import { cityYearbookLayout } from './city-yearbook';
import { genericWideLayout } from './generic-wide';
import { nbsProvinceLayout } from './nbs-province';
import { parseRecipe, recipeToJson } from './recipe';
import { firstSheet, HAVE_REAL, recordingContext, SKIP_REAL, YEARBOOK_FILES } from './stats-real.test-helper';

function parsed(json: string): Recipe {
	const recipe = parseRecipe(JSON.parse(json) as unknown);
	if (Array.isArray(recipe)) throw new Error(JSON.stringify(recipe));
	return recipe;
}

function problemsOf(json: unknown): [string, string][] {
	const result = parseRecipe(json);
	return Array.isArray(result)
		? result.map((problem: ImportProblem) => [problem.code, problem.message.en])
		: [];
}

describe('recipe JSON', () => {
	const sheet = sheetFromText('revenue.csv', [
		['地方一般公共预算收入'],
		['城市', '2021年', '2022年'],
		['衡阳市', '1839311', '1911059']
	]);
	const context = recordingContext('revenue.csv');
	const recipe = genericWideLayout.recognise(sheet, context)?.recipe as Recipe;

	it('is stable pretty JSON that parses back to the same recipe and the same rows', () => {
		const json = recipeToJson({
			...recipe,
			options: { table: 'regional_finance', indicator: 'general_budget_revenue', unit: '万元' }
		});
		expect(json).toBe(`{
  "version": 1,
  "layout": "generic_wide",
  "sheet": null,
  "headerRows": [
    2
  ],
  "firstDataRow": 3,
  "lastDataRow": null,
  "unit": null,
  "department": null,
  "year": null,
  "stage": null,
  "source": {
    "id": null,
    "kind": "compiled_dataset",
    "title_zh": null
  },
  "columns": [
    {
      "col": 1,
      "header": "城市",
      "meaning": "region"
    },
    {
      "col": 2,
      "header": "2021年",
      "meaning": "year:2021"
    },
    {
      "col": 3,
      "header": "2022年",
      "meaning": "year:2022"
    }
  ],
  "options": {
    "indicator": "general_budget_revenue",
    "table": "regional_finance",
    "unit": "万元"
  }
}
`);
		const back = parsed(json);
		expect(recipeToJson(back)).toBe(json);
		const rows = genericWideLayout.apply(sheet, back, context).rows.regional_finance ?? [];
		expect(rows.map((row) => `${row['region_id']} ${row['year']} ${row['value']} ${row['unit']}`)).toEqual([
			'hengyang 2021 1839311 万元',
			'hengyang 2022 1911059 万元'
		]);
	});

	it('names every invalid field with its fix (recipe_invalid)', () => {
		const broken = {
			...JSON.parse(recipeToJson(recipe)),
			version: 2,
			layout: 'generic_wide',
			headerRows: [0],
			firstDataRow: 'three',
			stage: 'executed',
			colums: [],
			source: { id: 'Hunan Revenue', kind: 'newspaper', title_zh: null },
			columns: [
				{ col: 1, header: '城市', meaning: 'city' },
				{ col: 1, header: '2021年', meaning: 'year:2021' }
			],
			options: { table: 'gdp' }
		};
		expect(problemsOf(broken)).toEqual([
			['recipe_invalid', 'recipe field colums is invalid: is not a recipe field'],
			['recipe_invalid', 'recipe field version is invalid: must be 1'],
			['recipe_invalid', 'recipe field stage is invalid: must be budget, final or null'],
			['recipe_invalid', 'recipe field headerRows is invalid: must be increasing row numbers (from 1)'],
			['recipe_invalid', 'recipe field firstDataRow is invalid: must be a row number after the header rows'],
			[
				'recipe_invalid',
				'recipe field source.id is invalid: must be null or lower-case ASCII letters, digits and underscores (snake_case)'
			],
			['recipe_invalid', 'recipe field source.kind is invalid: is not a known source kind'],
			[
				'recipe_invalid',
				'recipe field columns[0].meaning is invalid: "city" is not a generic table column meaning'
			],
			['recipe_invalid', 'recipe field columns[1].col is invalid: column 1 appears twice'],
			[
				'recipe_invalid',
				'recipe field options.table is invalid: a generic table must say which table its figures go to'
			]
		]);
		const fix = parseRecipe({ ...broken, version: 1 });
		expect(Array.isArray(fix) ? fix[0]?.fix.zh : '').toBe(
			'删去，或改为 version、layout、sheet、headerRows、firstDataRow、lastDataRow、unit、department、year、edition、stage、source、columns、options 之一'
		);
		expect(problemsOf('{"version": 1,')).toHaveLength(1);
		expect(
			problemsOf({
				...JSON.parse(recipeToJson(recipe)),
				layout: 'city_yearbook',
				columns: [{ col: 3, header: 'PM2.5', meaning: 'environment:pm2_5' }]
			})
		).toEqual([
			[
				'recipe_invalid',
				'recipe field columns[0].meaning is invalid: environment indicator "pm2_5" is not in the data contract'
			]
		]);
	});
});

describe.skipIf(!HAVE_REAL)(`recipes on the real files (${SKIP_REAL})`, () => {
	const sheets = new Map<number, Sheet>();
	const recognised = new Map<number, Recipe>();
	beforeAll(async () => {
		for (const edition of [2019, 2021] as const) {
			const sheet = await firstSheet('city-yearbook', YEARBOOK_FILES[edition]);
			sheets.set(edition, sheet);
			recognised.set(
				edition,
				cityYearbookLayout.recognise(sheet, recordingContext(YEARBOOK_FILES[edition]))?.recipe as Recipe
			);
		}
	}, 60_000);
	const apply = (edition: 2019 | 2021, recipe: Recipe): SheetImport =>
		cityYearbookLayout.apply(sheets.get(edition) as Sheet, recipe, recordingContext(YEARBOOK_FILES[edition]));

	it('2019 edition: recognised, saved as JSON, parsed and applied unchanged gives identical rows', () => {
		const recipe = recognised.get(2019) as Recipe;
		const json = recipeToJson(recipe);
		const again = parsed(json);
		expect(again).toEqual(JSON.parse(json));
		const direct = apply(2019, recipe);
		const fromJson = apply(2019, again);
		expect(fromJson.rows).toEqual(direct.rows);
		expect(fromJson.counts).toEqual(direct.counts);
		expect((fromJson.rows.environment?.length ?? 0) + (fromJson.rows.regional_finance?.length ?? 0)).toBe(
			779 + 1172
		);
	});

	it('the 2019 recipe applied to the 2021 edition: columns found again by meaning, year and source from the title', () => {
		const from2019 = parsed(recipeToJson(recognised.get(2019) as Recipe));
		const moved = apply(2021, from2019);
		const direct = apply(2021, recognised.get(2021) as Recipe);
		expect(moved.rows).toEqual(direct.rows);
		expect(moved.recipe?.year).toBe(2020);
		expect(moved.recipe?.source.id).toBe('cn_city_yearbook_2021');
		const notes = moved.notes.map((note) => note.message.en);
		expect(notes).toContain(
			'the recipe\'s column "environment:pm25:whole_city" was column AD; in this file it is column Q (header: 2-6 细颗粒物年平均浓度和污水及生活垃圾处理率(全市) 细颗粒物年平均浓度 （微克/立方米） Annual Mean Concentration ofPM2.5 (ug/m3)), its header text differs, matched by its meaning'
		);
		expect(notes).toContain(
			"the recipe's year is 2018, this file's title says 2020: using 2020 (the recipe's options.yearFrom is title)"
		);
		expect(
			notes.filter(
				(note) => note.startsWith("the recipe's column") || note.startsWith('the header of column')
			)
		).toHaveLength(9);
	});

	it('a column the user turns on (科学技术支出, ignored when recognised) is honoured', () => {
		const recipe = recognised.get(2021) as Recipe;
		const science = recipe.columns.find((column) => column.col === 34);
		expect(science?.meaning).toBe('ignore');
		const edited = parsed(
			recipeToJson({
				...recipe,
				columns: recipe.columns.map((column) =>
					column.col === 34
						? { ...column, meaning: 'regional_finance:science_technology_expenditure', unit: '万元' }
						: column
				)
			})
		);
		const row = apply(2021, edited).rows.regional_finance?.find(
			(r) => r['region_id'] === 'hengyang' && r['indicator'] === 'science_technology_expenditure'
		);
		expect([row?.['value'], row?.['scope'], row?.['unit'], row?.['indicator_zh']]).toEqual([
			'115545',
			'whole_city',
			'万元',
			'科学技术支出'
		]);
	});

	it('the Hunan NBS recipe applied unchanged to the Hubei export gives what Hubei recognised gives', async () => {
		const hunan = await firstSheet('nbs-province-finance', 'Hunan 2017.csv');
		const hubei = await firstSheet('nbs-province-finance', 'Hubei 2017.csv');
		const recipe = parsed(
			recipeToJson(nbsProvinceLayout.recognise(hunan, recordingContext('Hunan 2017.csv'))?.recipe as Recipe)
		);
		const context = recordingContext('Hubei 2017.csv');
		const viaHunan = nbsProvinceLayout.apply(hubei, recipe, context);
		const direct = nbsProvinceLayout.apply(
			hubei,
			nbsProvinceLayout.recognise(hubei, context)?.recipe as Recipe,
			context
		);
		expect(viaHunan.rows).toEqual(direct.rows);
		expect(viaHunan.rows.regional_finance?.[0]?.['source_id']).toBe('nbs_annual_by_province_hubei_2017');
	});
});
