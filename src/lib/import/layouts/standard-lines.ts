// Spending lines read from a standard table, turned into contract rows once the whole table is
// read: a parent is named only when the table holds the parent line (a 项 whose 款 row is cut off
// keeps no parent rather than a dangling one), and every such case is said in a note.
import { excerptOf, locatorOf } from '../provenance';
import type { ContractRow, ImportNote, SourcePlace } from '../types';
import type { Identity } from './standard-common';
import { note } from './standard-messages';

export type LineCategory = 'total' | 'basic' | 'project' | 'three_public' | 'revenue' | 'function';
export type LineStage = 'budget' | 'budget_initial' | 'budget_full_year' | 'final';

export interface LineDraft {
	readonly line_id: string;
	readonly parent: string | null;
	readonly relation: 'part' | 'of_which' | null;
	readonly line_zh: string;
	readonly line_en: string;
	readonly category: LineCategory;
	/** Null: the table's stage (identity). */
	readonly stage: LineStage | null;
	/** Set when a column names another year than the table's (2021年决算数 in a 2022 table). */
	readonly year?: number;
	/** The amount as published (normalised digits). */
	readonly amount: string;
	readonly functional_code?: string;
	readonly economic_class?: string;
	/** The amount cell. */
	readonly place: SourcePlace;
	/** Row label cells and the amount cell as printed. */
	readonly excerptCells: readonly string[];
}

/** A draft's parent when the table holds that line, else '' (said once per line in a note). */
function heldParents(drafts: readonly LineDraft[], notes: ImportNote[]): (draft: LineDraft) => string {
	const held = new Set(drafts.map((draft) => draft.line_id));
	const said = new Set<string>();
	return (draft) => {
		const parent = draft.parent ?? '';
		if (parent === '' || held.has(parent)) return parent;
		if (!said.has(draft.line_id)) {
			said.add(draft.line_id);
			notes.push(
				note(
					draft.place,
					`${draft.line_id} 的上级科目 ${parent} 不在表中，写为无上级`,
					`${draft.line_id}: its parent line ${parent} is not in the table, so it is written without a parent`
				)
			);
		}
		return '';
	};
}

/** Contract spending rows for the drafts, parents checked against the lines the table holds. */
export function spendingRows(
	drafts: readonly LineDraft[],
	identity: Identity,
	notes: ImportNote[]
): ContractRow[] {
	const parentOf = heldParents(drafts, notes);
	return drafts.map((draft) => {
		const parent = parentOf(draft);
		return {
			department_id: identity.departmentId,
			fiscal_year: String(draft.year ?? identity.year),
			line_id: draft.line_id,
			parent_line_id: parent,
			parent_relation: parent === '' ? '' : (draft.relation ?? ''),
			line_zh: draft.line_zh,
			line_en: draft.line_en,
			functional_code: draft.functional_code ?? '',
			economic_class: draft.economic_class ?? '',
			category: draft.category,
			stage: draft.stage ?? identity.stage ?? '',
			amount: draft.amount,
			unit: identity.unit ?? '',
			share_pct_stated: '',
			derivation: 'reported',
			formula: '',
			is_primary: 'true',
			source_id: identity.sourceId,
			locator: locatorOf(draft.place),
			excerpt: excerptOf(draft.excerptCells)
		};
	});
}

/** '年初预算数' → budget_initial, '全年预算数'/'调整预算数' → budget_full_year, '决算数' → final, '预算数' → budget. */
export function stageOfHeader(header: string): LineStage | null {
	const c = header
		.replace(/\s+/g, '')
		.replace(/一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|预算单位/g, '');
	if (/年初预算/.test(c)) return 'budget_initial';
	if (/全年预算|调整预算|调整后预算|变动后预算/.test(c)) return 'budget_full_year';
	if (/决算|执行数|实际数/.test(c)) return 'final';
	if (/预算/.test(c)) return 'budget';
	return null;
}

/** The table-level stage a line stage belongs to. */
export function baseStage(stage: LineStage): 'budget' | 'final' {
	return stage === 'final' ? 'final' : 'budget';
}
