import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/model/csv';
import { labelWithUnit } from '$lib/format';
import { inLocale } from '$lib/i18n/localized';
import { chartValues } from '$lib/charts/tidy';
import { loadSpending, type SpendingData } from '$lib/queries/spending-model';
import { threePublicRows } from '$lib/queries/spending';
import { shapeThreePublic, type ThreePublicColumn } from '$lib/queries/three-public-model';
import { loadEnvironment } from '$lib/queries/environment-model';
import { loadOverview } from '$lib/queries/overview-model';
import { loadProjects } from '$lib/queries/projects-model';
import { departmentYears, sourcesById } from '$lib/queries/overview';
import type { QueryRunner } from '$lib/queries/query';
import { openRealData } from '../../../test/helpers/real-data';
import { CHART_CSV_COLUMNS, chartCsv } from './chart-export';
import { airView } from './environment-charts';
import { goodAirView, sectionsView } from './environment-water-charts';
import { expenditureView, pm25View, type ChartView } from './overview-charts';
import { departmentNameIn, toDepartments, toSourceMap, type DepartmentOption } from './page-data';
import { projectsChartView } from './projects-charts';
import { columnLabel, NO_FILTER, spendingChartView } from './spending-views';
import { comparisonChartView, threePublicChartView } from './three-public-views';

// The real data set (data/*.csv: the Hengyang 2022 self-assessment and its context): every chart's
// CSV, read back with the project's own CSV parser, holds exactly the numbers its data table shows.
let run: QueryRunner;
let close: () => Promise<void>;
let spending: SpendingData;
let columns: ThreePublicColumn[];
let departments: DepartmentOption[];

beforeAll(async () => {
	({ run, close } = await openRealData());
	spending = await loadSpending(run, 'hengyang_eeb');
	columns = shapeThreePublic(await run(threePublicRows()));
	departments = toDepartments(await run(departmentYears()));
}, 60000);
afterAll(async () => close?.());

const COL = Object.fromEntries(CHART_CSV_COLUMNS.map((c, i) => [c, i])) as Record<
	(typeof CHART_CSV_COLUMNS)[number],
	number
>;

/** The CSV's records (header first) through src/lib/model/csv.ts. */
function parsed(csv: string): string[][] {
	expect(csv.startsWith('\uFEFF')).toBe(true);
	const { records, errors } = parseCsv(csv);
	expect(errors).toEqual([]);
	return records.map((r) => [...r.fields]).filter((fields) => fields.join('') !== '');
}

/** The number a table cell shows: `2,966.94 万元` → 2966.94; `本数据集中没有` → null. */
function shown(cell: string | undefined): number | null {
	const match = (cell ?? '').match(/[-−]?\d[\d,]*(\.\d+)?/);
	return match ? Number(match[0].replaceAll(',', '').replace('−', '-')) : null;
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

describe('the spending chart of Hengyang EEB (real figures)', () => {
	for (const locale of ['zh-CN', 'en'] as const) {
		it(`${locale}: each CSV row is one table cell: line × year × stage, the same number`, () => {
			const view = spendingChartView(spending, 'total', NO_FILTER, locale);
			const [header, ...rows] = parsed(chartCsv(view, departmentNameIn(departments, locale)));
			expect(header).toEqual([...CHART_CSV_COLUMNS]);
			const cells = view.table.rows.flatMap((row) => row.slice(1).filter((c) => shown(c) !== null));
			expect(rows).toHaveLength(cells.length);
			for (const r of rows) {
				const line = view.table.rows.find((row) => row[0] === r[COL.series]);
				// Units light: the column header names 万元, the cell holds the number.
				const label = labelWithUnit(
					columnLabel(locale, { year: Number(r[COL.year]), stage: r[COL.stage]! }),
					'万元',
					locale
				);
				const cell = line?.[view.table.columns.indexOf(label)];
				expect(Number(r[COL.value])).toBe(shown(cell));
				expect(r[COL.department_id]).toBe('hengyang_eeb');
				expect(r[COL.department]).toBe(
					inLocale(locale, { zh: '衡阳市生态环境局', en: 'Hengyang Ecology and Environment Bureau' })
				);
				expect(r[COL.unit]).toBe('万元');
			}
			const basic2022 = rows.find((r) => r[COL.year] === '2022' && r[COL.stage] === 'final');
			expect(basic2022?.slice(COL.value, COL.value + 3)).toEqual([
				'2966.94',
				'万元',
				'hy_eeb_2022_self_assessment'
			]);
			expect(basic2022?.[COL.locator]).toBe('附件1 / 经费控制情况 / 一、部门基本支出 / 2022年决算数');
		});
	}
});

describe('every chart exports exactly the values it draws, with department, year and stage apart', () => {
	async function views(): Promise<ChartView[]> {
		const sources = toSourceMap(await run(sourcesById()));
		const view = { departmentId: 'hengyang_eeb', year: 2022, regionId: 'hengyang' };
		const overview = await loadOverview(run, view);
		const environment = await loadEnvironment(run, { ...view, scope: null });
		const projects = await loadProjects(run, view);
		const hengyang = columns.filter((c) => c.departmentId === 'hengyang_eeb');
		return [
			expenditureView(overview.spendingPoints, 'zh-CN', 'hengyang_eeb'),
			pm25View(overview.pm25Points, 'zh-CN', sources),
			spendingChartView(spending, 'total', NO_FILTER, 'zh-CN'),
			threePublicChartView(hengyang, 'zh-CN'),
			comparisonChartView(columns, departments, 'zh-CN'),
			projectsChartView(projects.projects, 90, 'zh-CN'),
			airView(environment, 'pm25', 'zh-CN', sources),
			airView(environment, 'pm10', 'zh-CN', sources),
			goodAirView(environment, 'zh-CN', sources)!,
			sectionsView(environment, 'zh-CN', sources)!
		];
	}

	it('each view’s records are the option’s drawn values, one CSV row each', async () => {
		for (const view of await views()) {
			const drawn = chartValues(view.option).values.map((v) => v.value);
			expect(drawn.length, view.id).toBeGreaterThan(0);
			expect(sorted(view.records!.map((r) => r.value)), view.id).toEqual(sorted(drawn));
			const rows = parsed(chartCsv(view)).slice(1);
			expect(sorted(rows.map((r) => Number(r[COL.value]))), view.id).toEqual(sorted(drawn));
			expect(rows.every((r) => r[COL.chart] === view.id)).toBe(true);
		}
	});

	it('finance charts name the department and stage of every value; no label packs them', async () => {
		const finance = (await views()).filter((v) =>
			['expenditure', 'spending', 'three-public', 'three-public-compare'].includes(v.id)
		);
		for (const view of finance) {
			for (const r of view.records!) {
				expect(r.department_id, view.id).toMatch(/_eeb$/);
				expect(r.stage, view.id).toMatch(/^(final|budget\w*)$/);
				expect(r.year, view.id).toBeGreaterThan(2000);
				expect(`${r.series}${r.category}`, view.id).not.toMatch(/决算|预算|20\d\d|生态环境/);
			}
		}
	});

	it('the 三公 comparison: Hengyang 2022 final 28.98 and Qingyuan 2019 final 17.06, one row each', async () => {
		const view = comparisonChartView(columns, departments, 'zh-CN');
		const rows = parsed(chartCsv(view, departmentNameIn(departments, 'zh-CN'))).slice(1);
		const pick = (dept: string, year: string) =>
			rows
				.filter((r) => r[COL.department_id] === dept && r[COL.year] === year && r[COL.stage] === 'final')
				.map((r) => [r[COL.department], r[COL.value]]);
		expect(pick('hengyang_eeb', '2022')).toEqual([['衡阳市生态环境局', '28.98']]);
		expect(pick('qingyuan_eeb', '2019')).toEqual([['清远市生态环境局', '17.06']]);
	});
});
