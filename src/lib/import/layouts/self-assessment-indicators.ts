// Indicator rows of a 绩效自评表: 一级 / 二级 / 三级指标 (merged cells down the table: a blank
// level repeats the one above), 指标值 and 实际完成值 kept as printed with the single number they
// state read out ('≥95%' → 95, %, >=), 分值 and 得分 as numbers.
import { excerptOf, locatorOf } from '../provenance';
import { cellText } from '../sheet';
import { compact, halfWidth, isTotalLabel, oneLine, readNumber } from '../structure/index';
import type { ContractRow, ImportProblem, Recipe, Row } from '../types';
import { placeOf, type Where } from './standard-common';
import { standardProblems } from './standard-messages';

const LEVEL_EN: Readonly<Record<string, string>> = {
	产出指标: 'output indicators',
	效益指标: 'benefit indicators',
	满意度指标: 'satisfaction indicators',
	成本指标: 'cost indicators',
	数量指标: 'quantity indicators',
	质量指标: 'quality indicators',
	时效指标: 'timeliness indicators',
	经济效益指标: 'economic benefit indicators',
	社会效益指标: 'social benefit indicators',
	生态效益指标: 'ecological benefit indicators',
	可持续影响指标: 'sustainable impact indicators',
	服务对象满意度指标: 'service recipient satisfaction indicators',
	经济成本指标: 'economic cost indicators',
	社会成本指标: 'social cost indicators',
	生态环境成本指标: 'ecological and environmental cost indicators'
};

/** English of a standard indicator level; the Chinese as printed when the level is not a standard one. */
export function levelEnglish(zh: string): string {
	return LEVEL_EN[compact(zh)] ?? zh;
}

/** '产出指标(50分)' → name 产出指标, weight 50. */
export function levelWithWeight(text: string): { name: string; weight: string } {
	const match = /^(.*?)\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]$/.exec(oneLine(text));
	return match === null
		? { name: oneLine(text), weight: '' }
		: { name: match[1] ?? '', weight: match[2] ?? '' };
}

const UNITS =
	/^(?:%|‰|万元|亿元|元|个|次|天|日|人次|人|项|家|件|份|台|套|篇|场|期|户|所|座|公里|千米|km|米|吨|万吨|平方米|亩|小时|个月|月|年|分|微克\/立方米|μg\/m3|ug\/m3|µg\/m³)/i;

export interface StatedValue {
	readonly value: string;
	readonly unit: string;
	readonly comparator: '=' | '<=' | '>=' | '';
}

/** The one number a target or actual text states, with its unit and comparator; null for none or several. */
export function statedValue(text: string): StatedValue | null {
	const t = halfWidth(oneLine(text));
	const numbers = t.match(/\d+(?:\.\d+)?/g) ?? [];
	if (numbers.length !== 1) return null;
	const match = /(\d+(?:\.\d+)?)\s*(.*)$/.exec(t);
	const value = match?.[1] ?? '';
	const unit = UNITS.exec((match?.[2] ?? '').trim())?.[0] ?? '';
	let comparator: StatedValue['comparator'] = '=';
	if (/^(?:≥|>=|不低于|不少于|大于等于|至少|达到)|(?:以上|及以上|或以上)$/.test(t)) comparator = '>=';
	else if (/^(?:≤|<=|不高于|不超过|小于等于|不大于|控制在)|(?:以下|以内|及以下)$/.test(t)) comparator = '<=';
	else if (/[<>＜＞]|低于|高于|大于|小于|[~～-]\s*\d/.test(t)) comparator = '';
	return { value, unit, comparator };
}

function points(
	row: Row,
	col: number | null,
	where: Where,
	header: string
): { text: string; problem?: ImportProblem } {
	if (col === null) return { text: '' };
	const raw = cellText(row, col);
	const cell = readNumber(raw.replace(/分\s*$/, ''));
	if (cell.kind === 'number' && !cell.percent) return { text: cell.text };
	if (cell.kind === 'empty' || cell.kind === 'not_published') return { text: '' };
	return { text: '', problem: standardProblems.notANumber(placeOf(where, row.n, col, header), oneLine(raw)) };
}

export interface IndicatorContext {
	readonly where: Where;
	readonly recipe: Recipe;
	/** Level 1 / level 2 last seen (merged cells). */
	readonly carry: { level1: string; level1Weight: string; level2: string };
}

function column(recipe: Recipe, meaning: string) {
	const found = recipe.columns.find((entry) => entry.meaning === meaning);
	return found === undefined ? { col: null, header: '' } : { col: found.col, header: found.header };
}

export type IndicatorOutcome =
	| { readonly kind: 'row'; readonly cells: Readonly<Record<string, string>> }
	| { readonly kind: 'total'; readonly weight: string; readonly score: string }
	| { readonly kind: 'skip' }
	| { readonly kind: 'bad'; readonly problems: ImportProblem[] };

function pointsOf(row: Row, ctx: IndicatorContext, meaning: string) {
	const { col, header } = column(ctx.recipe, meaning);
	return points(row, col, ctx.where, header);
}

/** Level 1 and 2 as carried down merged cells: a printed level replaces the one above. */
function carryLevels(ctx: IndicatorContext, level1: string, level2: string): void {
	const { carry } = ctx;
	if (level1 !== '') {
		const level = levelWithWeight(level1);
		carry.level1 = level.name;
		carry.level1Weight = level.weight;
		carry.level2 = '';
	}
	if (level2 !== '') carry.level2 = level2;
}

function valueCells(prefix: 'target' | 'actual', text: string): Record<string, string> {
	const stated = statedValue(text);
	const cells: Record<string, string> = {
		[`${prefix}_text`]: text,
		[`${prefix}_value`]: stated?.value ?? '',
		[`${prefix}_unit`]: stated?.unit ?? ''
	};
	if (prefix === 'target') cells['target_comparator'] = stated?.comparator ?? '';
	return cells;
}

/** One row of the indicator table: its contract cells (without ids and provenance), a 总分 row, or nothing. */
export function indicatorRow(row: Row, ctx: IndicatorContext): IndicatorOutcome {
	const text = (meaning: string) => {
		const { col } = column(ctx.recipe, meaning);
		return col === null ? '' : oneLine(cellText(row, col));
	};
	const first = oneLine(row.cells.map((cell) => cell?.text ?? '').find((t) => oneLine(t) !== '') ?? '');
	const weight = pointsOf(row, ctx, 'indicator:weight');
	const score = pointsOf(row, ctx, 'indicator:score');
	const problems = [weight.problem, score.problem].filter((p): p is ImportProblem => p !== undefined);
	if (/^(?:总分|合计|总计)$/.test(compact(first)) || isTotalLabel(first)) {
		return problems.length > 0
			? { kind: 'bad', problems }
			: { kind: 'total', weight: weight.text, score: score.text };
	}
	const [level3, target, actual] = [
		text('indicator:level3'),
		text('indicator:target'),
		text('indicator:actual')
	];
	carryLevels(ctx, text('indicator:level1'), text('indicator:level2'));
	if (level3 === '' && target === '' && actual === '') return { kind: 'skip' };
	if (problems.length > 0) return { kind: 'bad', problems };
	const { carry } = ctx;
	const cells = {
		level1_zh: carry.level1,
		level1_en: levelEnglish(carry.level1),
		level1_weight_stated: carry.level1Weight,
		level2_zh: carry.level2,
		level2_en: levelEnglish(carry.level2),
		level3_zh: level3,
		...valueCells('target', target),
		...valueCells('actual', actual),
		weight: weight.text,
		score: score.text,
		deviation_note: text('indicator:deviation')
	};
	return { kind: 'row', cells };
}

/** An indicators contract row: the row's cells plus ids and provenance. */
export function indicatorContractRow(args: {
	cells: Readonly<Record<string, string>>;
	row: Row;
	rowNo: number;
	ids: { department_id: string; fiscal_year: string; project_id: string; source_id: string };
	where: Where;
}): ContractRow {
	const { cells, row } = args;
	const excerpt = excerptOf([
		cells['level3_zh'] ?? '',
		cells['target_text'] ?? '',
		cells['actual_text'] ?? ''
	]);
	return {
		...args.ids,
		row_no: String(args.rowNo),
		...cells,
		environment_indicator: '',
		is_primary: 'true',
		locator: locatorOf(placeOf(args.where, row.n, null)),
		excerpt
	};
}
