import { derivedFigure, figureOf, percentRatio, type Figure } from './figures';
import { projectIndicators, projectLineRows, projectRow, projectRows } from './projects';
import type { QueryRunner, Row } from './query';

/** The 附件1 line a project links to: its own budget and final amount, never merged with 附件3. */
export interface ProjectLine {
	lineId: string;
	nameZh: string;
	nameEn: string;
	budgetInitial: Figure | null;
	final: Figure | null;
}

/** One project of a 附件3 table with every figure it states, plus the rate recomputed from the amounts. */
export interface ProjectFigures {
	departmentId: string;
	fiscalYear: number;
	projectId: string;
	nameZh: string;
	nameEn: string;
	competentDeptZh: string | null;
	implementingDeptZh: string | null;
	goalZh: string;
	outcomeZh: string;
	budgetInitial: Figure | null;
	budgetFullYear: Figure | null;
	executed: Figure | null;
	rateStated: Figure | null;
	/** 全年执行数 ÷ 全年预算数 × 100, one decimal, marked derived with its formula. */
	rateRecomputed: Figure | null;
	fundingWeight: Figure | null;
	fundingScore: Figure | null;
	totalWeight: Figure | null;
	totalScore: Figure | null;
	line: ProjectLine | null;
}

export interface ProjectsData {
	departmentId: string;
	year: number;
	projects: ProjectFigures[];
}

export interface IndicatorRow {
	rowNo: number;
	level1Zh: string;
	level1En: string;
	level1Weight: number | null;
	level2Zh: string;
	level2En: string;
	level3Zh: string | null;
	level3En: string | null;
	targetText: string | null;
	actualText: string | null;
	weight: Figure | null;
	score: Figure | null;
	deviationNote: string | null;
	locator: string;
}

export interface ProjectDetail {
	project: ProjectFigures;
	indicators: IndicatorRow[];
	/** Σ indicator weights + funding weight, derived, to set beside the stated total. */
	weightSum: Figure | null;
}

function textOrNull(value: unknown): string | null {
	return value === null || value === undefined || value === '' ? null : String(value);
}

/** A figure of the project's funding row, its locator narrowed to the column it was read from. */
function cell(row: Row, key: string, column: string, unit: string): Figure | null {
	return figureOf({ ...row, unit, locator: `${String(row.locator)} / ${column}` }, key);
}

/** The 总分 row sits under the indicators, so its locator names that row; its cells read `总分 100 100`. */
function totalCell(row: Row, key: string): Figure | null {
	const table = String(row.locator).split(' / ')[0] ?? '';
	const excerpt =
		`总分 ${String(row.total_weight_stated ?? '')} ${String(row.total_score_stated ?? '')}`.trim();
	return figureOf({ ...row, unit: '', locator: `${table} / 总分`, excerpt }, key);
}

function lineOf(lines: Row[]): ProjectLine | null {
	const first = lines[0];
	if (!first) return null;
	const stage = (name: string) => figureOf(lines.find((l) => l.stage === name));
	return {
		lineId: String(first.line_id),
		nameZh: String(first.line_zh),
		nameEn: String(first.line_en),
		budgetInitial: stage('budget_initial') ?? stage('budget'),
		final: stage('final')
	};
}

export function toProject(row: Row, lines: Row[]): ProjectFigures {
	const unit = String(row.unit);
	const executed = cell(row, 'executed', '全年执行数', unit);
	const budgetFullYear = cell(row, 'budget_full_year', '全年预算数', unit);
	return {
		departmentId: String(row.department_id),
		fiscalYear: Number(row.fiscal_year),
		projectId: String(row.project_id),
		nameZh: String(row.name_zh),
		nameEn: String(row.name_en),
		competentDeptZh: textOrNull(row.competent_dept_zh),
		implementingDeptZh: textOrNull(row.implementing_dept_zh),
		goalZh: String(row.goal_zh ?? ''),
		outcomeZh: String(row.outcome_zh ?? ''),
		budgetInitial: cell(row, 'budget_initial', '年初预算数', unit),
		budgetFullYear,
		executed,
		rateStated: cell(row, 'execution_rate_stated', '执行率', '%'),
		rateRecomputed:
			executed && budgetFullYear ? percentRatio(executed, budgetFullYear, '全年执行数 ÷ 全年预算数') : null,
		fundingWeight: cell(row, 'funding_weight', '分值', ''),
		fundingScore: cell(row, 'funding_score', '得分', ''),
		totalWeight: totalCell(row, 'total_weight_stated'),
		totalScore: totalCell(row, 'total_score_stated'),
		line: lineOf(lines.filter((l) => l.project_id === row.project_id))
	};
}

/** Runs the project queries for a department-year; the same code runs at build time and in the browser. */
export async function loadProjects(
	run: QueryRunner,
	options: { departmentId: string; year: number }
): Promise<ProjectsData> {
	const { departmentId, year } = options;
	const [rows, lines] = await Promise.all([
		run(projectRows(departmentId, year)),
		run(projectLineRows(departmentId, year))
	]);
	return { departmentId, year, projects: rows.map((row) => toProject(row, lines)) };
}

function indicatorOf(row: Row): IndicatorRow {
	const points = (key: string) => figureOf({ ...row, unit: '', derivation: 'reported', formula: null }, key);
	const level1Weight = row.level1_weight_stated;
	return {
		rowNo: Number(row.row_no),
		level1Zh: String(row.level1_zh),
		level1En: String(row.level1_en),
		level1Weight: typeof level1Weight === 'number' ? level1Weight : null,
		level2Zh: String(row.level2_zh),
		level2En: String(row.level2_en),
		level3Zh: textOrNull(row.level3_zh),
		level3En: textOrNull(row.level3_en),
		targetText: textOrNull(row.target_text),
		actualText: textOrNull(row.actual_text),
		weight: points('weight'),
		score: points('score'),
		deviationNote: textOrNull(row.deviation_note),
		locator: String(row.locator)
	};
}

function weightSumOf(project: ProjectFigures, indicators: IndicatorRow[]): Figure | null {
	const weights = indicators.flatMap((i) => (i.weight ? [i.weight.value] : []));
	const funding = project.fundingWeight;
	if (!funding || weights.length === 0) return null;
	const value = Math.round((weights.reduce((a, b) => a + b, 0) + funding.value) * 100) / 100;
	return derivedFigure({
		value,
		unit: '',
		decimals: Number.isInteger(value) ? 0 : 2,
		formula: `Σ 绩效指标分值 ${weights.join(' + ')} + 年度资金总额分值 ${funding.value}`,
		from: funding
	});
}

/** One project's page: its figures, its 附件1 line, every indicator row and the weights' sum. */
export async function loadProject(
	run: QueryRunner,
	key: { departmentId: string; year: number; projectId: string }
): Promise<ProjectDetail | null> {
	const [rows, lines, indicatorRows] = await Promise.all([
		run(projectRow(key.departmentId, key.year, key.projectId)),
		run(projectLineRows(key.departmentId, key.year, key.projectId)),
		run(projectIndicators(key.departmentId, key.year, key.projectId))
	]);
	const row = rows[0];
	if (!row) return null;
	const project = toProject(row, lines);
	const indicators = indicatorRows.map(indicatorOf);
	return { project, indicators, weightSum: weightSumOf(project, indicators) };
}
