import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRealData } from '../../../test/helpers/real-data';
import { loadSpending, type SpendingData } from '$lib/queries/spending-model';
import { threePublicRows } from '$lib/queries/spending';
import { shapeThreePublic, type ThreePublicColumn } from '$lib/queries/three-public-model';
import { ancestry, defaultNode, nodeLines, spendingChartView, visibleColumns } from './spending-views';
import { comparisonChartView, threePublicChartView } from './three-public-views';
import type { DepartmentOption } from './page-data';

let spending: SpendingData;
let columns: ThreePublicColumn[];
let close: () => Promise<void>;

beforeAll(async () => {
	const db = await openRealData();
	close = db.close;
	spending = await loadSpending(db.run, 'hengyang_eeb');
	columns = shapeThreePublic(await db.run(threePublicRows()));
});
afterAll(async () => close?.());

describe('spending views', () => {
	it('opens on the total; its chart draws basic and project by year and stage, with table and summary', () => {
		expect(defaultNode(spending)).toBe('total');
		const view = spendingChartView(spending, 'total', { years: [], stage: null }, 'zh-CN');
		expect(view.table.columns).toEqual([
			'科目',
			'2021 年决算（万元）',
			'2022 年预算申请（万元）',
			'2022 年年初预算（万元）',
			'2022 年决算（万元）'
		]);
		expect(view.table.rows).toEqual([
			['基本支出', '2,264', '1,976.87', '1,649.05', '2,966.94'],
			['项目支出', '3,129.64', '582.18', '265.67', '888.43']
		]);
		expect(view.summary).toContain('基本支出：2021 年决算 2,264 万元');
		expect(view.sourceIds).toEqual(['hy_eeb_2022_self_assessment']);
	});
	it('filters years and stages, and never draws 其中 rows as parts', () => {
		const filter = { years: [2022], stage: 'final' };
		expect(visibleColumns(spending, filter)).toEqual([{ year: 2022, stage: 'final' }]);
		const view = spendingChartView(spending, 'basic', filter, 'en');
		expect(view.table.columns).toEqual(['Line', '2022 Final accounts (CNY 10k)']);
		expect(view.table.rows.map((r) => r[0])).not.toContain('three public expenses');
		expect(view.table.rows[0]).toEqual(['wages and welfare', '2,413.88']);
		const level = nodeLines(spending, 'basic');
		expect(level.ofWhich.map((l) => l.id)).toEqual(['basic_public_operating', 'three_public']);
	});
	it('draws a line without parts by itself, and walks the breadcrumb up to the top', () => {
		const view = spendingChartView(
			spending,
			'project_business_emission_trading',
			{ years: [], stage: null },
			'zh-CN'
		);
		expect(view.table.rows).toEqual([['排污权交易中心工作经费', '12.12', '本数据集中没有', '10', '9.97']]);
		expect(ancestry(spending, 'three_public_vehicle_purchase').map((l) => l.id)).toEqual([
			'total',
			'basic',
			'three_public',
			'three_public_vehicles',
			'three_public_vehicle_purchase'
		]);
	});
});

const departments: DepartmentOption[] = [
	{
		department_id: 'hengyang_eeb',
		name_zh: '衡阳市生态环境局',
		name_en: 'Hengyang EEB',
		region_id: 'hengyang',
		is_primary: true,
		years: [2021, 2022]
	},
	{
		department_id: 'jinan_eeb',
		name_zh: '金安区生态环境分局',
		name_en: "Jin'an EEB",
		region_id: null,
		is_primary: false,
		years: [2021]
	},
	{
		department_id: 'qingyuan_eeb',
		name_zh: '清远市生态环境局',
		name_en: 'Qingyuan EEB',
		region_id: null,
		is_primary: false,
		years: [2019]
	}
];

describe('三公经费 views', () => {
	it('tabulates the department’s parts and published total per year and stage', () => {
		const view = threePublicChartView(
			columns.filter((c) => c.departmentId === 'hengyang_eeb'),
			'zh-CN'
		);
		expect(view.table).toEqual({
			columns: [
				'阶段',
				'公务用车购置及运行维护费（万元）',
				'因公出国(境)费（万元）',
				'公务接待费（万元）',
				'合计（公布值，万元）'
			],
			rows: [
				['2021 年决算', '10.28', '0', '7.29', '18.4'],
				['2022 年年初预算', '24', '6', '20', '50'],
				['2022 年决算', '22.49', '0', '6.49', '28.98']
			]
		});
	});
	it('compares departments with year and budget/final on every row', () => {
		const view = comparisonChartView(columns, departments, 'en');
		expect(view.table.rows).toEqual([
			['Hengyang EEB', '2021', 'Final accounts', '18.4'],
			['Hengyang EEB', '2022', 'Initial budget', '50'],
			['Hengyang EEB', '2022', 'Final accounts', '28.98'],
			["Jin'an EEB", '2021', 'Budget', '28.7'],
			['Qingyuan EEB', '2019', 'Budget', '27'],
			['Qingyuan EEB', '2019', 'Final accounts', '17.06']
		]);
		const option = view.option as {
			yAxis: { data: string[] };
			series: { name: string; data: (number | null)[] }[];
		};
		expect(option.yAxis.data).toEqual([
			'Hengyang EEB 2021',
			'Hengyang EEB 2022',
			"Jin'an EEB 2021",
			'Qingyuan EEB 2019'
		]);
		expect(option.series.map((s) => [s.name, s.data])).toEqual([
			['budget', [null, 50, 28.7, 27]],
			['final accounts', [18.4, 28.98, null, 17.06]]
		]);
	});
});
