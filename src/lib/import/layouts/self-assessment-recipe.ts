// Recipes of the self-assessment forms: the rows of the funding, goal and indicator header rows,
// the columns each block's figures sit in, and what the title and labelled fields say.
import { detectTitle, unitFromText } from '../structure/index';
import { cellText } from '../sheet';
import type { ImportContext, LayoutId, Recipe, RecipeColumn, Row, Sheet } from '../types';
import { FIELD_LABELS, fieldValue, type FormPlan } from './self-assessment-form';
import { whereOf } from './standard-common';

/** A unit stated in a funding label ('项目资金（万元）', '资金情况（万元）') above the indicator table. */
export function fundingUnitLabel(rows: readonly Row[], before: number | null): string | null {
	for (const row of rows) {
		if (before !== null && row.n >= before) break;
		for (let col = 1; col <= row.cells.length; col++) {
			const text = cellText(row, col);
			if (/资金|金额|预算/.test(text) && unitFromText(text) !== null) return text;
		}
	}
	return null;
}

export function formRecipe(args: {
	layout: LayoutId;
	sheet: Sheet;
	context: ImportContext;
	rows: readonly Row[];
	plan: FormPlan;
	columns: readonly RecipeColumn[];
}): Recipe {
	const { plan, rows, context } = args;
	const title = detectTitle(rows.filter((row) => plan.firstRow === null || row.n < plan.firstRow));
	// A project table's 主管部门 / 实施单位 may or may not be the reporting department: only the
	// department table's 部门名称 field names it.
	const named =
		args.layout === 'self_assessment_department'
			? fieldValue(rows, FIELD_LABELS.department, plan.fundingHeader ?? plan.indicatorHeader)
			: null;
	const department = context.department ?? title.department ?? named?.text ?? null;
	const unitLabel = fundingUnitLabel(rows, plan.indicatorHeader);
	const headerRows = [plan.fundingHeader, plan.goalHeader, plan.indicatorHeader].filter(
		(n): n is number => n !== null
	);
	return {
		version: 1,
		layout: args.layout,
		sheet: whereOf(args.sheet, context).sheet,
		headerRows,
		firstDataRow: plan.firstRow ?? 1,
		lastDataRow: null,
		unit: title.unit ?? (unitLabel === null ? null : unitFromText(unitLabel)),
		department: department === null ? null : { name_zh: department },
		year: context.year ?? title.year,
		stage: null,
		source: { id: null, kind: null, title_zh: title.title },
		columns: args.columns,
		options: {
			funding_header_row: plan.fundingHeader,
			goal_header_row: plan.goalHeader,
			indicator_header_row: plan.indicatorHeader
		}
	};
}

/** The block header rows the recipe names. */
export function recipePlan(recipe: Recipe): FormPlan {
	const option = (key: string) => {
		const value = recipe.options?.[key];
		return typeof value === 'number' ? value : null;
	};
	return {
		firstRow: recipe.firstDataRow,
		fundingHeader: option('funding_header_row'),
		goalHeader: option('goal_header_row'),
		indicatorHeader: option('indicator_header_row')
	};
}
