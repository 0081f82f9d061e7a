import type { Row } from '$lib/queries/query';
import type { DepartmentOption } from './page-data';
import type { ViewState } from './url-state';

/** The years each department has project tables for. */
export type ProjectYears = Record<string, number[]>;

export function toProjectYears(rows: Row[]): ProjectYears {
	const out: ProjectYears = {};
	for (const row of rows) {
		out[String(row.department_id)] = Array.isArray(row.years)
			? row.years.map(Number).filter(Number.isFinite)
			: [];
	}
	return out;
}

export interface ProjectsView {
	departmentId: string;
	year: number;
}

/** A department's selectable years: those with project tables, else those with any figure. */
export function selectableYears(department: DepartmentOption, years: ProjectYears): number[] {
	const withProjects = years[department.department_id] ?? [];
	return withProjects.length ? withProjects : department.years;
}

/** The view a URL asks for, completed with defaults (primary department, its latest project year). */
export function resolveProjectsView(
	state: Pick<ViewState, 'dept' | 'year'>,
	departments: DepartmentOption[],
	years: ProjectYears
): ProjectsView {
	const department =
		departments.find((d) => d.department_id === state.dept) ??
		departments.find((d) => d.is_primary) ??
		departments[0];
	if (!department) throw new Error('no departments in the data');
	const choices = selectableYears(department, years);
	const year =
		state.year !== null && choices.includes(state.year)
			? state.year
			: (choices.at(-1) ?? new Date().getFullYear());
	return { departmentId: department.department_id, year };
}

export function defaultProjectsView(departments: DepartmentOption[], years: ProjectYears): ProjectsView {
	return resolveProjectsView({ dept: null, year: null }, departments, years);
}
