import { BUDGET_STAGE_PREFERENCE } from '$lib/model/enums';
import { comparableUnit, comparableValue, type Figure } from './figures';
import type { HeadlineFigure, Headlines } from './departments-model';

/** One department's spending total for one year: the final accounts, else its budget (labelled). */
export interface DepartmentTotal {
	departmentId: string;
	year: number;
	stage: string;
	/** True when the final accounts are missing and a budget stage stands in. */
	budgetShown: boolean;
	figure: Figure;
	/** Money in 万元, whatever unit the report used. */
	value: number;
	unit: string;
}

export interface DepartmentComparison {
	totals: DepartmentTotal[];
	/** Departments with no spending total in the data set (listed, never drawn as zero). */
	missing: string[];
}

const STAGES_SHOWN: readonly string[] = ['final', ...BUDGET_STAGE_PREFERENCE];

function pick(figures: readonly HeadlineFigure[], year: number): HeadlineFigure | undefined {
	const ofYear = figures.filter((f) => f.year === year);
	for (const stage of STAGES_SHOWN) {
		const found = ofYear.find((f) => f.stage === stage);
		if (found) return found;
	}
	return undefined;
}

/**
 * Every department's `total` line per year held: final accounts where published, otherwise the
 * most adjusted budget. A budget application is not a budget and is never shown in its place.
 */
export function compareDepartments(
	headlines: Headlines,
	departmentIds: readonly string[]
): DepartmentComparison {
	const totals: DepartmentTotal[] = [];
	const missing: string[] = [];
	for (const departmentId of departmentIds) {
		const figures = headlines[departmentId]?.total ?? [];
		const years = [...new Set(figures.map((f) => f.year))].sort((a, b) => a - b);
		const chosen = years.flatMap((year) => pick(figures, year) ?? []);
		if (chosen.length === 0) missing.push(departmentId);
		for (const f of chosen)
			totals.push({
				departmentId,
				year: f.year,
				stage: f.stage,
				budgetShown: f.stage !== 'final',
				figure: f.figure,
				value: comparableValue(f.figure),
				unit: comparableUnit(f.figure)
			});
	}
	totals.sort((a, b) => a.year - b.year || b.value - a.value);
	return { totals, missing };
}
