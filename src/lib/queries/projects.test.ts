import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryRunner } from './query';
import { projectKeys, projectRows, projectYears } from './projects';
import { loadProject, loadProjects, type ProjectFigures } from './projects-model';
import { openRealData } from '../../../test/helpers/real-data';

// The builders run against real DuckDB (Node) on the real data set (附件3 of the Hengyang 2022
// self-assessment), so the assertions are the report's own figures.
let run: QueryRunner;
let close: () => Promise<void>;

beforeAll(async () => {
	({ run, close } = await openRealData());
});
afterAll(async () => {
	await close();
});

function byId(projects: ProjectFigures[], id: string): ProjectFigures {
	const found = projects.find((p) => p.projectId === id);
	if (!found) throw new Error(`no project ${id}`);
	return found;
}

describe('project list', () => {
	it('lists the eight projects of 附件3 in table order', async () => {
		const data = await loadProjects(run, { departmentId: 'hengyang_eeb', year: 2022 });
		expect(data.projects).toHaveLength(8);
		expect(data.projects[0]?.nameZh).toBe('排污权交易中心工作经费');
		expect(data.projects[1]?.nameZh).toBe('减排工作经费');
	});

	it('keeps the stated rate and recomputes it from the amounts, marked derived', async () => {
		const { projects } = await loadProjects(run, { departmentId: 'hengyang_eeb', year: 2022 });
		const trading = byId(projects, 'emission_trading_center');
		expect(trading.budgetInitial?.value).toBe(10);
		expect(trading.budgetFullYear?.value).toBe(10);
		expect(trading.executed).toMatchObject({ value: 9.97, unit: '万元', decimals: 2 });
		expect(trading.executed?.citation.locator).toBe(
			'附件3 表1 排污权交易中心工作经费 / 年度资金总额 / 全年执行数'
		);
		expect(trading.rateStated).toMatchObject({ value: 100, unit: '%', citation: { derivation: 'reported' } });
		expect(trading.rateRecomputed).toMatchObject({
			value: 99.7,
			unit: '%',
			decimals: 1,
			citation: { derivation: 'derived', formula: '全年执行数 ÷ 全年预算数: 9.97 ÷ 10 × 100' }
		});
		const reduction = byId(projects, 'emission_reduction');
		expect([reduction.budgetFullYear?.value, reduction.executed?.value]).toEqual([27, 26.36]);
		expect(reduction.rateStated?.value).toBe(100);
		expect(reduction.rateRecomputed?.value).toBe(97.6);
	});

	it('shows the score as stated and the funding row weight, a blank score staying blank', async () => {
		const { projects } = await loadProjects(run, { departmentId: 'hengyang_eeb', year: 2022 });
		const trading = byId(projects, 'emission_trading_center');
		expect(trading.totalScore?.value).toBe(100);
		expect(trading.totalScore?.citation.locator).toBe('附件3 表1 排污权交易中心工作经费 / 总分');
		expect(trading.fundingWeight?.value).toBe(10);
		expect(trading.fundingScore).toBeNull();
	});

	it('pairs each project with its 附件1 line without merging the two tables', async () => {
		const { projects } = await loadProjects(run, { departmentId: 'hengyang_eeb', year: 2022 });
		const monitoring = byId(projects, 'key_source_monitoring_center');
		expect(monitoring.executed?.value).toBe(25);
		expect(monitoring.line).toMatchObject({
			lineId: 'project_business_key_source_monitoring',
			nameZh: '重点污染源监控中心工作经费',
			budgetInitial: { value: 25 },
			final: { value: 15.23 }
		});
		expect(monitoring.line?.final?.citation.locator).toContain('附件1');
		const census = byId(projects, 'pollution_census_update');
		expect([census.executed?.value, census.line?.final?.value]).toEqual([20, 3.11]);
	});

	it('returns nothing for a department without project tables', async () => {
		const data = await loadProjects(run, { departmentId: 'muchuan_eeb', year: 2022 });
		expect(data.projects).toEqual([]);
	});

	it('binds values: a quote in an id matches nothing', async () => {
		expect(await run(projectRows("hengyang_eeb' OR '1'='1", 2022))).toEqual([]);
	});

	it('lists every project key and the years per department', async () => {
		expect(await run(projectKeys())).toHaveLength(8);
		expect(await run(projectYears())).toEqual([{ department_id: 'hengyang_eeb', years: [2022] }]);
	});
});

describe('project page', () => {
	it('has every indicator row with weights and scores, and the stated total', async () => {
		const detail = await loadProject(run, {
			departmentId: 'hengyang_eeb',
			year: 2022,
			projectId: 'emission_trading_center'
		});
		expect(detail?.indicators).toHaveLength(9);
		const first = detail?.indicators[0];
		expect(first).toMatchObject({
			rowNo: 1,
			level1Zh: '产出指标',
			level1Weight: 50,
			level2Zh: '数量指标',
			level3Zh: '工作完成率',
			targetText: '100%',
			actualText: '100%',
			weight: { value: 15 },
			score: { value: 15 },
			deviationNote: '无'
		});
		const satisfaction = detail?.indicators[8];
		expect(satisfaction).toMatchObject({
			targetText: '达到95%以上',
			actualText: '100%',
			weight: { value: 10 }
		});
		// Rows the report left blank stay blank.
		expect(detail?.indicators[4]).toMatchObject({ level2Zh: '经济效益指标', weight: null, score: null });
		expect(detail?.project.totalWeight?.value).toBe(100);
		expect(detail?.weightSum).toMatchObject({
			value: 100,
			citation: {
				derivation: 'derived',
				formula: 'Σ 绩效指标分值 15 + 15 + 10 + 10 + 15 + 15 + 10 + 年度资金总额分值 10'
			}
		});
	});

	it('returns null for an unknown project', async () => {
		expect(
			await loadProject(run, { departmentId: 'hengyang_eeb', year: 2022, projectId: 'nope' })
		).toBeNull();
	});
});
