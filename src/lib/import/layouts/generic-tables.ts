// One figure of a user-described table → a row of the contract table the recipe names
// (environment, regional_finance or spending). What the row needs and the table does not say comes
// from the recipe (year, unit, department, stage, options); what nobody says is a problem.
import { excerptOf, locatorOf } from '../provenance';
import { isTotalLabel } from '../structure/index';
import type { ContractRow, ImportContext, ImportProblem, Recipe, SourcePlace } from '../types';
import type { GenericTable } from './generic-guess';
import { aliasOf, INDICATOR_ALIASES } from './indicator-aliases';
import { provinceOf } from './nbs-provinces';
import { environmentRow, financeRow } from './recipe-figures';
import { genericProblems, unitUnknown, yearUnknown } from './recipe-messages';

/** What one figure cell and its row say. */
export interface GenericFact {
	readonly place: SourcePlace;
	readonly cells: readonly string[];
	readonly value: string;
	readonly percent: boolean;
	readonly year: number | null;
	/** From the column's meaning indicator:<id>. */
	readonly indicatorId: string | null;
	/** From the row's indicator column, as printed. */
	readonly label: string | null;
	readonly labelEn: string | null;
	readonly unit: string | null;
	readonly region: string | null;
	readonly regionEn: string | null;
	readonly department: string | null;
	readonly scope: string | null;
	readonly code: string | null;
}

export type Built = { readonly row: ContractRow } | { readonly problem: ImportProblem };

const CJK = /[\u3400-\u9fff]/;
const ID = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;

function option(recipe: Recipe, key: string): string | null {
	const value = recipe.options?.[key];
	return value === undefined || value === null || value === '' ? null : String(value);
}

function snake(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
}

/** The indicator id: the column's, a known alias, the recipe's `indicator_id:<label>`, an ASCII label. */
function indicatorId(fact: GenericFact, recipe: Recipe): string | null {
	if (fact.indicatorId !== null) return fact.indicatorId;
	const label = fact.label;
	if (label === null) return option(recipe, 'indicator');
	const mapped = option(recipe, `indicator_id:${label}`) ?? aliasOf(label, 'exact')?.indicator ?? null;
	if (mapped !== null) return mapped;
	if (ID.test(label)) return label;
	return CJK.test(label) || snake(label) === '' ? null : snake(label);
}

function regionId(fact: GenericFact, recipe: Recipe, context: ImportContext): string | null {
	const printed = fact.region ?? option(recipe, 'region_zh') ?? option(recipe, 'region_en');
	if (printed === null) return null;
	const english = fact.regionEn ?? option(recipe, 'region_en');
	if (CJK.test(printed))
		return context.regionId({ name_zh: printed, ...(english === null ? {} : { name_en: english }) });
	const province = provinceOf(printed);
	return context.regionId(
		province === null
			? { name_zh: printed, name_en: printed }
			: { name_zh: province.zh, name_en: province.en }
	);
}

function unitOfFact(fact: GenericFact, recipe: Recipe, indicator: string | null): string | null {
	const known = INDICATOR_ALIASES.find((entry) => entry.indicator === indicator)?.unit ?? null;
	return fact.unit ?? (fact.percent ? '%' : null) ?? recipe.unit ?? option(recipe, 'unit') ?? known;
}

interface Common {
	readonly year: number;
	readonly unit: string;
	readonly indicator: string | null;
	readonly sourceId: string;
}

function common(
	fact: GenericFact,
	recipe: Recipe,
	context: ImportContext,
	sourceId: string
): Common | ImportProblem {
	const year = fact.year ?? context.year ?? recipe.year;
	if (year === null) return yearUnknown(fact.place);
	const indicator = indicatorId(fact, recipe);
	const unit = unitOfFact(fact, recipe, indicator);
	if (unit === null) return unitUnknown(fact.place, fact.place.header ?? fact.label ?? '');
	return { year, unit, indicator, sourceId };
}

function regional(
	table: 'environment' | 'regional_finance',
	fact: GenericFact,
	recipe: Recipe,
	context: ImportContext,
	base: Common
): Built {
	if (base.indicator === null)
		return { problem: genericProblems.indicatorId(fact.place, fact.label ?? fact.place.header ?? '') };
	const region = regionId(fact, recipe, context);
	if (region === null) return { problem: genericProblems.region(fact.place) };
	const scope = fact.scope ?? option(recipe, 'scope') ?? 'whole_city';
	const shared = {
		region_id: region,
		scope,
		year: base.year,
		indicator: base.indicator,
		value: fact.value,
		unit: base.unit,
		source_id: base.sourceId,
		place: fact.place,
		cells: fact.cells
	};
	if (table === 'regional_finance') {
		const label = fact.label ?? '';
		const zh = CJK.test(label) ? label : (option(recipe, 'indicator_zh') ?? '');
		const en =
			fact.labelEn ?? (label !== '' && !CJK.test(label) ? label : (option(recipe, 'indicator_en') ?? ''));
		return { row: financeRow({ ...shared, indicator_zh: zh, indicator_en: en }) };
	}
	const measure = option(recipe, 'measure') ?? 'observed';
	const comparator = option(recipe, 'comparator') ?? (measure === 'observed' ? '=' : '');
	return {
		row: { ...environmentRow(shared), measure, comparator, period: option(recipe, 'period') ?? 'year' }
	};
}

const STAGES: Readonly<Record<string, string>> = { budget: 'budget', final: 'final' };

function spending(fact: GenericFact, recipe: Recipe, context: ImportContext, base: Common): Built {
	const name = fact.department ?? context.department ?? recipe.department?.name_zh ?? null;
	if (name === null) return { problem: genericProblems.department(fact.place) };
	const stage = option(recipe, 'stage') ?? STAGES[context.stage ?? recipe.stage ?? ''] ?? null;
	if (stage === null) return { problem: genericProblems.stage(fact.place) };
	const code = fact.code !== null && /^\d{3}(?:\d{2}){0,2}$/.test(fact.code) ? fact.code : null;
	const label = fact.label ?? fact.place.header ?? '';
	// A 合计 row is kept as the table's total line (never summed with its parts).
	const total = code === null && isTotalLabel(label);
	const lineId = total ? 'total' : code !== null ? `fc_${code}` : base.indicator;
	if (lineId === null) return { problem: genericProblems.lineId(fact.place, label) };
	return {
		row: {
			department_id: context.departmentId(name),
			fiscal_year: String(base.year),
			line_id: lineId,
			parent_line_id: '',
			parent_relation: '',
			line_zh: label,
			line_en: fact.labelEn ?? label,
			functional_code: code ?? '',
			economic_class: '',
			category: total ? 'total' : (option(recipe, 'category') ?? 'total'),
			stage,
			amount: fact.value,
			unit: base.unit,
			share_pct_stated: '',
			derivation: 'reported',
			formula: '',
			is_primary: 'true',
			source_id: base.sourceId,
			locator: locatorOf(fact.place),
			excerpt: excerptOf(fact.cells)
		}
	};
}

export function buildRow(
	table: GenericTable,
	fact: GenericFact,
	recipe: Recipe,
	context: ImportContext,
	sourceId: string
): Built {
	const base = common(fact, recipe, context, sourceId);
	if ('code' in base) return { problem: base };
	return table === 'spending'
		? spending(fact, recipe, context, base)
		: regional(table, fact, recipe, context, base);
}

/**
 * Coded lines whose parent is also imported hang under it (fc_2110301 → fc_21103 → fc_211, part);
 * class lines (3 digits) hang under the table's 合计 line when there is one.
 */
export function linkCodedParents(rows: readonly ContractRow[]): ContractRow[] {
	const key = (row: ContractRow, line: string) =>
		`${row['department_id']}|${row['fiscal_year']}|${row['stage']}|${line}`;
	const present = new Set(rows.map((row) => key(row, row['line_id'] ?? '')));
	return rows.map((row) => {
		const code = row['functional_code'] ?? '';
		if (code === '') return row;
		const parent = code.length === 3 ? 'total' : `fc_${code.slice(0, -2)}`;
		return present.has(key(row, parent)) ? { ...row, parent_line_id: parent, parent_relation: 'part' } : row;
	});
}
