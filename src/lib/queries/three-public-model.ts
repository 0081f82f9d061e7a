import { figureOf, percentChange, percentRatio, type Figure } from './figures';
import { BUDGET_STAGE_PREFERENCE } from '$lib/model/enums';
import { stageRank } from './spending-model';
import type { Row } from './query';

/** The parts of 三公经费 in the order the report lists them; purchase and running are the vehicles' parts. */
export const THREE_PUBLIC_PARTS = [
	'three_public_vehicles',
	'three_public_vehicle_purchase',
	'three_public_vehicle_running',
	'three_public_overseas',
	'three_public_receptions'
] as const;

export type ThreePublicPart = (typeof THREE_PUBLIC_PARTS)[number];

/** One department's 三公经费 for one year and stage: the published total and each published part. */
export interface ThreePublicColumn {
	departmentId: string;
	year: number;
	stage: string;
	total: Figure | null;
	parts: Partial<Record<ThreePublicPart, Figure>>;
	/** The parts that add up to the total directly (parent = three_public) in this department's data. */
	directParts: ThreePublicPart[];
}

const isPart = (id: string): id is ThreePublicPart => (THREE_PUBLIC_PARTS as readonly string[]).includes(id);

/** Groups 三公经费 rows (all departments) into columns, ordered by department, year and stage. */
export function shapeThreePublic(rows: Row[]): ThreePublicColumn[] {
	const columns = new Map<string, ThreePublicColumn>();
	for (const row of rows) {
		const key = `${row.department_id}|${row.fiscal_year}|${row.stage}`;
		const column = columns.get(key) ?? {
			departmentId: String(row.department_id),
			year: Number(row.fiscal_year),
			stage: String(row.stage),
			total: null,
			parts: {},
			directParts: []
		};
		const line = String(row.line_id);
		const figure = figureOf(row);
		if (line === 'three_public') column.total = figure;
		else if (isPart(line) && figure) {
			column.parts[line] = figure;
			if (row.parent_line_id === 'three_public') column.directParts.push(line);
		}
		columns.set(key, column);
	}
	for (const column of columns.values()) {
		column.directParts.sort((a, b) => THREE_PUBLIC_PARTS.indexOf(a) - THREE_PUBLIC_PARTS.indexOf(b));
	}
	return [...columns.values()].sort(
		(a, b) =>
			a.departmentId.localeCompare(b.departmentId) ||
			a.year - b.year ||
			stageRank(a.stage) - stageRank(b.stage)
	);
}

/** A line's figure in a column: the total (`three_public`) or one part. */
export function lineFigure(column: ThreePublicColumn, line: 'three_public' | ThreePublicPart): Figure | null {
	return line === 'three_public' ? column.total : (column.parts[line] ?? null);
}

function find(columns: ThreePublicColumn[], departmentId: string, year: number, stage: string) {
	return columns.find((c) => c.departmentId === departmentId && c.year === year && c.stage === stage);
}

/** The budget column of a department-year: the most adjusted budget stage it has. */
export function budgetColumn(columns: ThreePublicColumn[], departmentId: string, year: number) {
	for (const stage of BUDGET_STAGE_PREFERENCE) {
		const hit = find(columns, departmentId, year, stage);
		if (hit) return hit;
	}
	return undefined;
}

/** Final of a year against the final of the year before, per line (derived). */
export function finalChange(
	columns: ThreePublicColumn[],
	departmentId: string,
	year: number,
	line: 'three_public' | ThreePublicPart
): Figure | null {
	const current = find(columns, departmentId, year, 'final');
	const previous = find(columns, departmentId, year - 1, 'final');
	const a = current && lineFigure(current, line);
	const b = previous && lineFigure(previous, line);
	return a && b ? percentChange(a, b, `${line}.final ${year}/${year - 1}`) : null;
}

/** Final as a percentage of the same year's budget, per line (derived). */
export function finalToBudget(
	columns: ThreePublicColumn[],
	departmentId: string,
	year: number,
	line: 'three_public' | ThreePublicPart
): Figure | null {
	const final = find(columns, departmentId, year, 'final');
	const budget = budgetColumn(columns, departmentId, year);
	const a = final && lineFigure(final, line);
	const b = budget && lineFigure(budget, line);
	return a && b ? percentRatio(a, b, `${line}.final ${year} ÷ ${line}.${budget.stage} ${year}`) : null;
}

/** A part's share of the published total of the same column (derived). */
export function partShare(column: ThreePublicColumn, part: ThreePublicPart): Figure | null {
	const figure = column.parts[part];
	if (!figure || !column.total) return null;
	return percentRatio(
		figure,
		column.total,
		`${part}.${column.stage} ${column.year} ÷ three_public.${column.stage} ${column.year}`
	);
}
