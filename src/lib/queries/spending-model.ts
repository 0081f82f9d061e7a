import { BUDGET_STAGE_PREFERENCE, SPENDING_STAGE_ORDER } from '$lib/model/enums';
import { figureOf, percentRatio, type Figure } from './figures';
import { spendingLines } from './spending';
import type { QueryRunner, Row } from './query';

export interface SpendingLine {
	id: string;
	parentId: string | null;
	/** `part`: adds up into the parent; `of_which` (其中): a subset, never summed with siblings. */
	relation: 'part' | 'of_which' | null;
	label_zh: string;
	label_en: string;
	category: string;
	depth: number;
	parts: string[];
	ofWhich: string[];
}

/** One year × stage column of the table. */
export interface StageColumn {
	year: number;
	stage: string;
}

export interface SpendingData {
	departmentId: string;
	/** Depth-first: each line followed by its parts, then its 其中 rows. */
	lines: SpendingLine[];
	/** `${line}|${year}|${stage}` → figure. */
	figures: Record<string, Figure>;
	columns: StageColumn[];
	years: number[];
}

export function figureKey(line: string, year: number, stage: string): string {
	return `${line}|${year}|${stage}`;
}

/** A stage's place in reading order (an unknown stage last). */
export function stageRank(stage: string): number {
	const rank = (SPENDING_STAGE_ORDER as readonly string[]).indexOf(stage);
	return rank === -1 ? SPENDING_STAGE_ORDER.length : rank;
}

export function sortColumns<T extends StageColumn>(columns: T[]): T[] {
	return [...columns].sort((a, b) => a.year - b.year || stageRank(a.stage) - stageRank(b.stage));
}

/** The amount a line is ordered by among its siblings: its latest final, else its latest figure. */
function weight(rows: Row[]): number {
	const sorted = [...rows].sort(
		(a, b) =>
			Number(b.fiscal_year) - Number(a.fiscal_year) ||
			Number(b.stage === 'final') - Number(a.stage === 'final')
	);
	return Number(sorted[0]?.amount_wan ?? sorted[0]?.amount ?? 0);
}

function lineOf(rows: Row[]): Omit<SpendingLine, 'depth' | 'parts' | 'ofWhich'> {
	// The label of the latest row: the report's own wording for the year shown first.
	const latest = [...rows].sort((a, b) => Number(b.fiscal_year) - Number(a.fiscal_year))[0] ?? {};
	const relation = latest.parent_relation;
	return {
		id: String(latest.line_id),
		parentId: latest.parent_line_id ? String(latest.parent_line_id) : null,
		relation: relation === 'part' || relation === 'of_which' ? relation : null,
		label_zh: String(latest.line_zh ?? ''),
		label_en: String(latest.line_en ?? ''),
		category: String(latest.category ?? '')
	};
}

/** Orders lines depth-first: `total` first among roots, parts before 其中 rows, larger amounts first. */
function orderTree(byLine: Map<string, Row[]>): SpendingLine[] {
	const bare = [...byLine.values()].map(lineOf);
	const known = new Set(bare.map((l) => l.id));
	const childrenOf = (parent: string | null) =>
		bare
			.filter((l) => (l.parentId !== null && known.has(l.parentId) ? l.parentId : null) === parent)
			.sort(
				(a, b) =>
					Number(b.id === 'total') - Number(a.id === 'total') ||
					Number(a.relation === 'of_which') - Number(b.relation === 'of_which') ||
					weight(byLine.get(b.id) ?? []) - weight(byLine.get(a.id) ?? []) ||
					a.id.localeCompare(b.id)
			);
	const out: SpendingLine[] = [];
	const visit = (parent: string | null, depth: number) => {
		for (const line of childrenOf(parent)) {
			const children = childrenOf(line.id);
			out.push({
				...line,
				depth,
				parts: children.filter((c) => c.relation !== 'of_which').map((c) => c.id),
				ofWhich: children.filter((c) => c.relation === 'of_which').map((c) => c.id)
			});
			visit(line.id, depth + 1);
		}
	};
	visit(null, 0);
	return out;
}

/** Shapes one department's primary spending rows into the line tree and its figures. */
export function shapeSpending(departmentId: string, rows: Row[]): SpendingData {
	const byLine = new Map<string, Row[]>();
	const figures: Record<string, Figure> = {};
	const columns = new Map<string, StageColumn>();
	for (const row of rows) {
		const line = String(row.line_id);
		const year = Number(row.fiscal_year);
		const stage = String(row.stage);
		byLine.set(line, [...(byLine.get(line) ?? []), row]);
		const figure = figureOf(row);
		if (figure) figures[figureKey(line, year, stage)] = figure;
		columns.set(`${year}|${stage}`, { year, stage });
	}
	const sorted = sortColumns([...columns.values()]);
	return {
		departmentId,
		lines: orderTree(byLine),
		figures,
		columns: sorted,
		years: [...new Set(sorted.map((c) => c.year))]
	};
}

/**
 * Final as a percentage of the same year's budget for one line (derived, formula spelled out in
 * the data's `line.stage` notation). Null when either amount is missing or the budget is zero.
 */
export function budgetRatio(data: SpendingData, line: string, year: number): Figure | null {
	const final = data.figures[figureKey(line, year, 'final')];
	if (!final) return null;
	for (const stage of BUDGET_STAGE_PREFERENCE) {
		const budget = data.figures[figureKey(line, year, stage)];
		if (budget) return percentRatio(final, budget, `${line}.final ${year} ÷ ${line}.${stage} ${year}`);
	}
	return null;
}

export async function loadSpending(run: QueryRunner, departmentId: string): Promise<SpendingData> {
	return shapeSpending(departmentId, await run(spendingLines(departmentId)));
}
