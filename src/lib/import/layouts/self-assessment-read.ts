// Reading a self-assessment form's rows the way its recipe says: labelled fields, the funding
// block (the 年度资金总额 row), the goal block and the indicator table, every row counted.
import { excerptOf } from '../provenance';
import { cellText } from '../sheet';
import { compact, isFootnoteRow, oneLine } from '../structure/index';
import type { ContractRow, Recipe, Row } from '../types';
import { FIELD_LABELS, fieldValue } from './self-assessment-form';
import { indicatorContractRow, indicatorRow, type IndicatorContext } from './self-assessment-indicators';
import { fundingUnitLabel, recipePlan } from './self-assessment-recipe';
import { Tally, isBlankRow, placeOf, texts, type Where } from './standard-common';

type Ids = { department_id: string; fiscal_year: string; project_id: string; source_id: string };

export interface FormRead {
	readonly name: string;
	readonly nameRow: Row | null;
	readonly competent: string;
	readonly implementing: string;
	readonly department: string;
	readonly unitLabel: string | null;
	fundingTotal: Row | null;
	goal: string;
	outcome: string;
	totalWeight: string;
	totalScore: string;
	readonly indicators: { readonly row: Row; contract(ids: Ids): ContractRow }[];
	readonly tally: Tally;
}

function colOf(recipe: Recipe, meaning: string): number | null {
	return recipe.columns.find((column) => column.meaning === meaning)?.col ?? null;
}

/** First non-empty text of the row from column `from` up to (not including) `to`. */
function textBetween(row: Row, from: number, to: number | null): string {
	for (let col = from; col < (to ?? row.cells.length + 1); col++) {
		const text = oneLine(cellText(row, col));
		if (text !== '') return text;
	}
	return '';
}

function readGoal(row: Row, recipe: Recipe, form: FormRead): void {
	const target = colOf(recipe, 'goal:target');
	const outcome = colOf(recipe, 'goal:outcome');
	const join = (a: string, b: string) => (a === '' ? b : b === '' ? a : `${a} ${b}`);
	if (target !== null) form.goal = join(form.goal, textBetween(row, target, outcome));
	if (outcome !== null) form.outcome = join(form.outcome, textBetween(row, outcome, null));
}

function isFundingTotal(row: Row, recipe: Recipe): boolean {
	const first = Math.min(...recipe.columns.filter((c) => c.meaning.startsWith('funding:')).map((c) => c.col));
	const label = compact(textBetween(row, 1, Number.isFinite(first) ? first : null));
	return /资金总额|总额|合计|总计/.test(label);
}

type Section = 'fields' | 'funding' | 'goal' | 'indicators';

function sectionOf(n: number, plan: ReturnType<typeof recipePlan>): Section {
	if (plan.indicatorHeader !== null && n > plan.indicatorHeader) return 'indicators';
	if (plan.goalHeader !== null && n > plan.goalHeader) return 'goal';
	if (plan.fundingHeader !== null && n > plan.fundingHeader) return 'funding';
	return 'fields';
}

/** Read the form; `fundingImported`: the 年度资金总额 row gives a contract row (project tables). */
export function readForm(
	rows: readonly Row[],
	recipe: Recipe,
	where: Where,
	fundingImported = true
): FormRead {
	const plan = recipePlan(recipe);
	const before = plan.fundingHeader;
	const nameField = fieldValue(rows, FIELD_LABELS.project, before);
	const form: FormRead = {
		name: nameField?.text ?? '',
		nameRow: rows.find((row) => row.n === nameField?.row) ?? null,
		competent: fieldValue(rows, FIELD_LABELS.competent, before)?.text ?? '',
		implementing: fieldValue(rows, FIELD_LABELS.implementing, before)?.text ?? '',
		department: fieldValue(rows, FIELD_LABELS.department, before)?.text ?? '',
		unitLabel: fundingUnitLabel(rows, plan.indicatorHeader),
		fundingTotal: null,
		goal: '',
		outcome: '',
		totalWeight: '',
		totalScore: '',
		indicators: [],
		tally: new Tally()
	};
	const headers = new Set(recipe.headerRows);
	const ctx: IndicatorContext = { where, recipe, carry: { level1: '', level1Weight: '', level2: '' } };
	let footnotes = false;
	for (const row of rows) {
		if (row.n < recipe.firstDataRow || headers.has(row.n)) continue;
		if (recipe.lastDataRow !== null && row.n > recipe.lastDataRow) break;
		const place = placeOf(where, row.n, null);
		const excerpt = excerptOf(texts(row));
		if (isBlankRow(row)) form.tally.skip(place, '空行，跳过', 'blank row, skipped');
		else if (footnotes || (footnotes = isFootnoteRow(row))) {
			form.tally.skip(place, `表下注释，不是数据：${excerpt}`, `footnote, not data: ${excerpt}`);
		} else readRow(row, sectionOf(row.n, plan), { form, recipe, ctx, fundingImported, excerpt });
	}
	return form;
}

function readRow(
	row: Row,
	section: Section,
	args: { form: FormRead; recipe: Recipe; ctx: IndicatorContext; fundingImported: boolean; excerpt: string }
): void {
	const { form, recipe, excerpt } = args;
	const place = placeOf(args.ctx.where, row.n, null);
	const tally = form.tally;
	if (section === 'fields')
		return tally.skip(
			place,
			`表头信息，读入项目行：${excerpt}`,
			`form field, read into the project row: ${excerpt}`
		);
	if (section === 'goal') {
		readGoal(row, recipe, form);
		return tally.skip(
			place,
			`绩效目标文字，读入 goal_zh / outcome_zh`,
			'goal text, read into goal_zh / outcome_zh'
		);
	}
	if (section === 'funding') {
		if (args.fundingImported && form.fundingTotal === null && isFundingTotal(row, recipe)) {
			form.fundingTotal = row;
			return tally.take();
		}
		return tally.skip(
			place,
			`资金明细行，契约中没有对应的列：${excerpt}`,
			`funding detail row, no contract column for it: ${excerpt}`
		);
	}
	readIndicator(row, args);
}

function readIndicator(row: Row, args: { form: FormRead; ctx: IndicatorContext; excerpt: string }): void {
	const { form, excerpt } = args;
	const place = placeOf(args.ctx.where, row.n, null);
	const tally = form.tally;
	const outcome = indicatorRow(row, args.ctx);
	if (outcome.kind === 'bad') return tally.reject(outcome.problems);
	if (outcome.kind === 'skip')
		return tally.skip(
			place,
			`没有三级指标、指标值或完成值：${excerpt}`,
			`no level-3 indicator, target or actual: ${excerpt}`
		);
	if (outcome.kind === 'total') {
		form.totalWeight = outcome.weight;
		form.totalScore = outcome.score;
		return tally.skip(
			place,
			`总分行，读入 total_weight_stated / total_score_stated`,
			'total score row, read into total_weight_stated / total_score_stated'
		);
	}
	const rowNo = form.indicators.length + 1;
	const where = args.ctx.where;
	form.indicators.push({
		row,
		contract: (ids) => indicatorContractRow({ cells: outcome.cells, row, rowNo, ids, where })
	});
	tally.take();
}
