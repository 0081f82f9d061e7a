// 部门整体支出绩效自评表: the department-wide form. Its indicator table gives indicators rows with
// an empty project_id; the funding and goal blocks are read past with a note (the contract has no
// table for a department's self-assessed funding block; 附件1 figures come from 决算 tables).
import { compact } from '../structure/index';
import type { ImportContext, Layout, Recipe, Sheet, SheetImport } from '../types';
import { FIELD_LABELS, fieldValue, formColumns, sniffForm } from './self-assessment-form';
import { readForm } from './self-assessment-read';
import { formRecipe } from './self-assessment-recipe';
import { allRows, resolveIdentity, whereOf } from './standard-common';
import { sheetImport, unidentified } from './standard-recipe';

function recognise(sheet: Sheet, context: ImportContext): { recipe: Recipe; score: number } | null {
	const { rows, plan } = sniffForm(sheet);
	if (plan.indicatorHeader === null) return null;
	const project = fieldValue(rows, FIELD_LABELS.project, plan.fundingHeader ?? plan.indicatorHeader);
	if (project !== null) return null;
	const titled = rows.some((row) => row.cells.some((cell) => /部门整体/.test(compact(cell?.text ?? ''))));
	const named =
		fieldValue(rows, FIELD_LABELS.department, plan.fundingHeader ?? plan.indicatorHeader) !== null;
	if (!titled && !named) return null;
	const recipe = formRecipe({
		layout: 'self_assessment_department',
		sheet,
		context,
		rows,
		plan,
		columns: formColumns(rows, plan)
	});
	return { recipe, score: titled ? 0.95 : 0.8 };
}

function apply(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport {
	const where = whereOf(sheet, context);
	const rows = allRows(sheet);
	const form = readForm(rows, recipe, where, false);
	const departmentField = form.department || null;
	const needs = { stage: false, unit: false, departmentField };
	const resolved = resolveIdentity({ rows, recipe, context, where, needs });
	const { identity } = resolved;
	if (identity === null) return unidentified({ sheet, resolved, tally: form.tally });
	const ids = {
		department_id: identity.departmentId,
		fiscal_year: String(identity.year),
		source_id: identity.sourceId,
		project_id: ''
	};
	const indicators = form.indicators.map((entry) => entry.contract(ids));
	return sheetImport({
		sheet,
		recipe: resolved.recipe,
		tally: form.tally,
		rows: { indicators },
		notes: resolved.notes
	});
}

export const selfAssessmentDepartment: Layout = {
	id: 'self_assessment_department',
	name: {
		zh: '部门整体支出绩效自评表',
		en: 'Department-wide expenditure performance self-assessment (部门整体支出绩效自评表)'
	},
	recognise,
	apply
};
