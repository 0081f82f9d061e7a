// 项目支出绩效自评表 (and its 转移支付区域(项目)绩效目标自评表 variant): one projects row (name, 主管部门,
// 实施单位, the 年度资金总额 row's 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分, goal and
// outcome, 总分) and one indicators row per 三级指标, numbered in table order.
import { fnv8 } from '../ids';
import { excerptOf, locatorOf } from '../provenance';
import { cellText } from '../sheet';
import { compact, oneLine, readNumber, unitFromText, yearFromText } from '../structure/index';
import type { ContractRow, ImportContext, Layout, Recipe, Row, Sheet, SheetImport } from '../types';
import { FIELD_LABELS, fieldValue, formColumns, sniffForm } from './self-assessment-form';
import { readForm, type FormRead } from './self-assessment-read';
import { allRows, placeOf, resolveIdentity, whereOf, type Where } from './standard-common';
import { note, standardProblems } from './standard-messages';
import { sheetImport, unidentified } from './standard-recipe';
import { formRecipe } from './self-assessment-recipe';

function recognise(sheet: Sheet, context: ImportContext): { recipe: Recipe; score: number } | null {
	const { rows, plan } = sniffForm(sheet);
	if (plan.fundingHeader === null) return null;
	if (fieldValue(rows, FIELD_LABELS.project, plan.fundingHeader) === null) return null;
	const recipe = formRecipe({
		layout: 'self_assessment_project',
		sheet,
		context,
		rows,
		plan,
		columns: formColumns(rows, plan)
	});
	return { recipe, score: plan.indicatorHeader === null ? 0.85 : 0.95 };
}

function amountOf(row: Row | null, recipe: Recipe, meaning: string, where: Where) {
	const found = recipe.columns.find((column) => column.meaning === meaning);
	if (row === null || found === undefined) return { text: '' };
	const raw = cellText(row, found.col);
	const cell = readNumber(raw);
	if (cell.kind === 'number') return { text: cell.text };
	if (cell.kind === 'empty' || cell.kind === 'not_published') return { text: '' };
	return {
		text: '',
		problem: standardProblems.notANumber(placeOf(where, row.n, found.col, found.header), oneLine(raw))
	};
}

function projectRow(
	form: FormRead,
	recipe: Recipe,
	ids: { department_id: string; fiscal_year: string; source_id: string; project_id: string; unit: string },
	where: Where
) {
	const funding = form.fundingTotal;
	const cells = (meaning: string) => amountOf(funding, recipe, meaning, where);
	const values = {
		budget_initial: cells('funding:budget_initial'),
		budget_full_year: cells('funding:budget_full_year'),
		executed: cells('funding:executed'),
		execution_rate_stated: cells('funding:rate'),
		funding_weight: cells('funding:weight'),
		funding_score: cells('funding:score')
	};
	const problems = Object.values(values).flatMap((value) =>
		'problem' in value && value.problem ? [value.problem] : []
	);
	const anchor = funding ?? form.nameRow;
	const row: ContractRow = {
		department_id: ids.department_id,
		fiscal_year: ids.fiscal_year,
		project_id: ids.project_id,
		line_id: '',
		name_zh: form.name,
		name_en: form.name,
		competent_dept_zh: form.competent,
		implementing_dept_zh: form.implementing,
		...Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.text])),
		unit: ids.unit,
		total_weight_stated: form.totalWeight,
		total_score_stated: form.totalScore,
		goal_zh: form.goal,
		outcome_zh: form.outcome,
		is_primary: 'true',
		source_id: ids.source_id,
		locator: locatorOf(placeOf(where, anchor?.n ?? null, null)),
		excerpt: excerptOf(anchor === null ? [form.name] : anchor.cells.map((cell) => cell?.text ?? ''))
	};
	return { row, problems };
}

function needsOf(form: FormRead) {
	const unitField = form.unitLabel === null ? null : unitFromText(form.unitLabel);
	return {
		stage: false,
		unit: true,
		unitField,
		departmentHint: hintOf(form),
		yearHint: yearFromText(form.name)
	};
}

/** The form has an indicator header and no indicator rows (a cut-off page): said in a note. */
function emptyIndicatorTable(recipe: Recipe, where: Where) {
	const header = recipe.options?.['indicator_header_row'];
	if (typeof header !== 'number') return [];
	return [
		note(
			placeOf(where, header, null),
			'指标表在表头之后没有任何行（文件在此结束），没有指标可导入',
			'the indicator table has no rows after its header (the file ends there): no indicators to import'
		)
	];
}

/** 主管部门 / 实施单位 as printed: what --department could say (either may be the department). */
function hintOf(form: FormRead): string | null {
	const named = [
		form.competent && `主管部门 ${form.competent}`,
		form.implementing && `实施单位 ${form.implementing}`
	];
	const hint = named.filter((text) => text !== '').join('；');
	return hint === '' ? null : hint;
}

function apply(sheet: Sheet, recipe: Recipe, context: ImportContext): SheetImport {
	const where = whereOf(sheet, context);
	const rows = allRows(sheet);
	const form = readForm(rows, recipe, where);
	const resolved = resolveIdentity({ rows, recipe, context, where, needs: needsOf(form) });
	const notes = [...resolved.notes];
	const { identity } = resolved;
	if (identity === null) return unidentified({ sheet, resolved, tally: form.tally });
	const projectId = String(recipe.options?.['project_id'] ?? `p_${fnv8(compact(form.name))}`);
	const ids = {
		department_id: identity.departmentId,
		fiscal_year: String(identity.year),
		source_id: identity.sourceId,
		project_id: projectId,
		unit: identity.unit ?? ''
	};
	const project = projectRow(form, recipe, ids, where);
	if (project.problems.length > 0) form.tally.demote(project.problems);
	const indicators = form.indicators.map((entry) => entry.contract({ ...ids, project_id: projectId }));
	if (indicators.length === 0) notes.push(...emptyIndicatorTable(recipe, where));
	const projects = project.problems.length > 0 ? [] : [project.row];
	return sheetImport({
		sheet,
		recipe: resolved.recipe,
		tally: form.tally,
		rows: { projects, indicators },
		notes
	});
}

export const selfAssessmentProject: Layout = {
	id: 'self_assessment_project',
	name: {
		zh: '项目支出绩效自评表',
		en: 'Project expenditure performance self-assessment (项目支出绩效自评表)'
	},
	recognise,
	apply
};
