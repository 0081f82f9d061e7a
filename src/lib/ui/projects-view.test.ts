import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProjects, type ProjectFigures } from '$lib/queries/projects-model';
import { openRealData } from '../../../test/helpers/real-data';
import {
	DEFAULT_TABLE_STATE,
	filterProjects,
	nextSort,
	parseTableState,
	projectPath,
	sortProjects,
	underExecution,
	writeTableState
} from './projects-view';
import { projectsChartView } from './projects-charts';

// The real 附件3 projects of the Hengyang 2022 self-assessment.
let projects: ProjectFigures[];
let close: () => Promise<void>;

beforeAll(async () => {
	const db = await openRealData();
	close = db.close;
	projects = (await loadProjects(db.run, { departmentId: 'hengyang_eeb', year: 2022 })).projects;
});
afterAll(async () => {
	await close();
});

const trading = () => projects.find((p) => p.projectId === 'emission_trading_center')!;

describe('under-execution threshold', () => {
	it('flags 排污权 (recomputed 99.7%) at 99.8 but not at 99 or the default 90', () => {
		expect(underExecution(trading(), 90).any).toBe(false);
		expect(underExecution(trading(), 99).any).toBe(false);
		expect(underExecution(trading(), 99.8)).toEqual({ stated: false, recomputed: true, any: true });
	});
	it('filters to the flagged projects: at 99% only 减排 (97.6%) and 空气质量网络 (97.4%)', () => {
		const flagged = filterProjects(projects, { q: '', under: true, threshold: 99 });
		expect(flagged.map((p) => [p.nameZh, p.rateRecomputed?.value])).toEqual([
			['减排工作经费', 97.6],
			['空气质量网络运行经费', 97.4]
		]);
	});
	it('filters by name in either language', () => {
		expect(filterProjects(projects, { q: '排污权', under: false, threshold: 90 })).toHaveLength(1);
		expect(
			filterProjects(projects, { q: 'EMISSION R', under: false, threshold: 90 }).map((p) => p.projectId)
		).toEqual(['emission_trading_center', 'emission_reduction']);
	});
});

describe('sorting', () => {
	it('sorts by recomputed rate ascending, ties in table order', () => {
		const sorted = sortProjects(projects, { sort: 'rate_recomputed', dir: 'asc' }, 'zh-CN');
		expect(sorted.slice(0, 3).map((p) => p.rateRecomputed?.value)).toEqual([97.4, 97.6, 99.7]);
	});
	it('sorts by the 附件1 final descending and keeps the table order without a sort', () => {
		const sorted = sortProjects(projects, { sort: 'line_final', dir: 'desc' }, 'zh-CN');
		expect(sorted[0]?.line?.final?.value).toBe(26.36);
		expect(sorted.at(-1)?.line?.final?.value).toBe(3.11);
		expect(sortProjects(projects, { sort: null, dir: 'asc' }, 'zh-CN')).toEqual(projects);
	});
	it('cycles a header: ascending, descending, table order', () => {
		let state = nextSort(DEFAULT_TABLE_STATE, 'executed');
		expect(state).toEqual({ sort: 'executed', dir: 'asc' });
		state = nextSort(state, 'executed');
		expect(state).toEqual({ sort: 'executed', dir: 'desc' });
		expect(nextSort(state, 'executed')).toEqual({ sort: null, dir: 'asc' });
		expect(nextSort(state, 'name')).toEqual({ sort: 'name', dir: 'asc' });
	});
});

describe('URL state', () => {
	it('round-trips the table state and leaves defaults out', () => {
		const state = {
			sort: 'executed' as const,
			dir: 'desc' as const,
			q: '排污',
			under: true,
			threshold: 99.8
		};
		const params = writeTableState(new URLSearchParams('dept=hengyang_eeb&year=2022'), state);
		expect(params.toString()).toBe(
			'dept=hengyang_eeb&year=2022&sort=executed&dir=desc&q=%E6%8E%92%E6%B1%A1&under=1&threshold=99.8'
		);
		expect(parseTableState(params)).toEqual(state);
		expect(writeTableState(new URLSearchParams(), DEFAULT_TABLE_STATE).toString()).toBe('');
	});
	it('refuses malformed values', () => {
		expect(parseTableState(new URLSearchParams('sort=drop&dir=x&threshold=1e9&under=yes'))).toEqual(
			DEFAULT_TABLE_STATE
		);
		expect(parseTableState(new URLSearchParams('threshold=-5')).threshold).toBe(90);
	});
	it('builds a department-scoped project path', () => {
		expect(projectPath(trading())).toBe('/projects/hengyang_eeb/2022/emission_trading_center');
	});
});

describe('project chart view', () => {
	it('shows exactly the drawn figures in its table, flagged rows marked in text', () => {
		const view = projectsChartView(projects, 99.8, 'zh-CN');
		expect(view.table.rows[0]).toEqual(['⚠ 排污权交易中心工作经费', '10', '9.97', '99.7%（推算）', '9.97']);
		// Units light: the money columns name 万元 in their headers, the rate keeps its % sign.
		expect(view.table.columns.slice(1)).toEqual([
			'全年预算数（附件3，万元）',
			'全年执行数（附件3，万元）',
			'执行率（按金额重算）',
			'决算数（附件1，万元）'
		]);
		expect(view.summary).toContain('重算执行率低于 99.8% 的项目：排污权交易中心工作经费');
		const en = projectsChartView(projects, 90, 'en');
		expect(en.table.rows[1]?.slice(0, 3)).toEqual(['emission reduction work funds', '27', '26.36']);
		expect(en.summary).toContain('No project has a recomputed execution rate below 90%');
	});
});
