import { tokenize, type Token } from './sql-tokens';

/**
 * The cost check a shared link's statement must pass before it runs by itself (a click on Run
 * always runs it, under the console's timeout and Stop). A link can otherwise hold a visitor's CPU
 * without a click: a recursive CTE that never ends, `range(1e9)` crossed with itself, or
 * `repeat('x', 2e9)` (DuckDB folds constant expressions while planning, so even EXPLAIN of the
 * latter runs for ever: this check comes first, DuckDB's estimate second).
 */
export type CostRefusal =
	| { code: 'recursive' }
	| { code: 'generator'; name: string; bound: number }
	| { code: 'estimate'; rows: number; limit: number }
	| { code: 'estimate_failed' };

export type CostResult = { ok: true } | ({ ok: false } & CostRefusal);

/** Rows a range/generate_series call may produce in an auto-run statement. */
export const AUTO_RUN_SERIES_BOUND = 100_000;
/** Characters or list items repeat/lpad/rpad/list_resize may produce in an auto-run statement. */
export const AUTO_RUN_REPEAT_BOUND = 10_000;
/** The largest row estimate of any operator in DuckDB's plan that still auto-runs. */
export const AUTO_RUN_ESTIMATE_LIMIT = 5_000_000;
/** How long the EXPLAIN behind the estimate may take before the link waits for Run. */
export const AUTO_RUN_ESTIMATE_TIMEOUT_MS = 3_000;

const SERIES = new Set(['range', 'generate_series']);
/** Functions whose argument at this index sets the size of what they build. */
const SIZED: Record<string, number> = {
	repeat: 1,
	lpad: 1,
	rpad: 1,
	list_resize: 1,
	array_resize: 1
};

/** The call's arguments as token runs (split on top-level commas), or null if unclosed. */
function callArguments(tokens: Token[], open: number): Token[][] | null {
	const args: Token[][] = [[]];
	let depth = 0;
	for (let i = open + 1; i < tokens.length; i++) {
		const token = tokens[i]!;
		if (token.kind === 'punct' && (token.value === '(' || token.value === '[')) depth++;
		if (token.kind === 'punct' && (token.value === ')' || token.value === ']')) {
			if (depth === 0) return args.filter((a, index) => a.length > 0 || index > 0);
			depth--;
		}
		if (depth === 0 && token.kind === 'punct' && token.value === ',') args.push([]);
		else args.at(-1)!.push(token);
	}
	return null;
}

/** A plain number literal, optionally signed; anything else (an expression, a column) is null. */
function literal(arg: Token[] | undefined): number | null {
	if (!arg || arg.length === 0 || arg.length > 2) return null;
	const [first, second] = arg;
	const sign = arg.length === 2 && first!.kind === 'punct' && (first!.value === '-' || first!.value === '+');
	const number = arg.length === 2 ? (sign ? second : undefined) : first;
	if (number?.kind !== 'number') return null;
	const value = Number(number.value);
	if (!Number.isFinite(value)) return null;
	return first!.value === '-' ? -value : value;
}

function seriesLength(args: Token[][]): number | null {
	const values = args.map((arg) => literal(arg));
	if (values.length === 0 || values.length > 3 || values.some((v) => v === null)) return null;
	const [a, b, c] = values as number[];
	const [start, stop, step] = values.length === 1 ? [0, a!, 1] : [a!, b!, c ?? 1];
	if (step === 0) return null;
	return Math.max(0, Math.ceil((stop - start) / step));
}

function generatorRefusal(name: string, args: Token[][]): CostRefusal | null {
	if (SERIES.has(name)) {
		const length = seriesLength(args);
		return length !== null && length <= AUTO_RUN_SERIES_BOUND
			? null
			: { code: 'generator', name, bound: AUTO_RUN_SERIES_BOUND };
	}
	const at = SIZED[name];
	if (at === undefined || args.length <= at) return null;
	const size = literal(args[at]);
	return size !== null && size <= AUTO_RUN_REPEAT_BOUND
		? null
		: { code: 'generator', name, bound: AUTO_RUN_REPEAT_BOUND };
}

/** The check on the statement's text alone: no DuckDB needed, so it runs before EXPLAIN. */
export function autoRunCost(sql: string): CostResult {
	const lexed = tokenize(sql);
	if (!lexed.ok) return { ok: true };
	const tokens = lexed.tokens;
	if (tokens.some((t) => t.kind === 'word' && t.value === 'recursive'))
		return { ok: false, code: 'recursive' };
	for (let i = 0; i + 1 < tokens.length; i++) {
		const token = tokens[i]!;
		const next = tokens[i + 1]!;
		if (!(token.kind === 'word' || token.kind === 'quoted') || next.value !== '(' || next.kind !== 'punct')
			continue;
		const name = token.value.toLowerCase();
		if (!SERIES.has(name) && SIZED[name] === undefined) continue;
		const args = callArguments(tokens, i + 1);
		const refusal = args ? generatorRefusal(name, args) : null;
		if (refusal) return { ok: false, ...refusal };
	}
	return { ok: true };
}

/** Joins whose work is the product of their inputs, whatever DuckDB expects them to return. */
const PAIRWISE = new Set([
	'CROSS_PRODUCT',
	'NESTED_LOOP_JOIN',
	'BLOCKWISE_NL_JOIN',
	'PIECEWISE_MERGE_JOIN',
	'IE_JOIN'
]);

interface PlanNode {
	name?: unknown;
	children?: unknown;
	extra_info?: unknown;
}

function ownEstimate(node: PlanNode): number | null {
	const info = node.extra_info as Record<string, unknown> | undefined;
	const value = Number(info?.['Estimated Cardinality']);
	return info?.['Estimated Cardinality'] !== undefined && Number.isFinite(value) ? value : null;
}

/** [rows the node returns, the largest work found in its subtree]. */
function walk(node: PlanNode): [number, number] {
	const children = Array.isArray(node.children) ? (node.children as PlanNode[]).map(walk) : [];
	const name = typeof node.name === 'string' ? node.name.trim() : '';
	const inputs = children.map(([rows]) => rows);
	const product = inputs.length ? inputs.reduce((a, b) => a * b, 1) : 0;
	const pairwise = PAIRWISE.has(name) && inputs.length > 1;
	const rows = ownEstimate(node) ?? (pairwise ? product : Math.max(0, ...inputs));
	const work = Math.max(rows, pairwise ? product : 0, ...children.map(([, w]) => w));
	return [rows, work];
}

/**
 * The largest amount of work in DuckDB's plan (`EXPLAIN (FORMAT JSON)`): each operator's
 * "Estimated Cardinality", and for a cross product or nested-loop join the product of its inputs
 * (DuckDB gives a cross product no estimate, and the count(*) above it returns one row). Null
 * when the text is not a plan.
 */
export function planEstimate(planJson: string): number | null {
	let roots: unknown;
	try {
		roots = JSON.parse(planJson);
	} catch {
		return null;
	}
	if (!Array.isArray(roots) || roots.length === 0) return null;
	return Math.max(...(roots as PlanNode[]).map((root) => walk(root)[1]));
}

/** The estimate's verdict: a statement DuckDB expects to touch too many rows waits for Run. */
export function estimateCost(plan: string, limit = AUTO_RUN_ESTIMATE_LIMIT): CostResult {
	const rows = planEstimate(plan);
	if (rows === null) return { ok: true };
	return rows <= limit ? { ok: true } : { ok: false, code: 'estimate', rows, limit };
}
