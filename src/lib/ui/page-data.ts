import type { Locale } from '$lib/i18n/locales';
import { localized } from '$lib/i18n/localized';
import type { Row } from '$lib/queries/query';
import type { SourceInfo, SourceMap } from './sources';

export interface DepartmentOption {
	department_id: string;
	name_zh: string;
	name_en: string;
	region_id: string | null;
	is_primary: boolean;
	years: number[];
}

export interface View {
	departmentId: string;
	year: number;
	regionId: string | null;
}

export function toDepartments(rows: Row[]): DepartmentOption[] {
	return rows.map((r) => ({
		department_id: String(r.department_id),
		name_zh: String(r.name_zh),
		name_en: String(r.name_en),
		region_id: r.region_id ? String(r.region_id) : null,
		is_primary: r.is_primary === true,
		years: Array.isArray(r.years) ? r.years.map(Number).filter(Number.isFinite) : []
	}));
}

export function toSourceMap(rows: Row[]): SourceMap {
	const map: SourceMap = {};
	for (const row of rows) map[String(row.source_id)] = row as unknown as SourceInfo;
	return map;
}

/** A department's name in the page's language, or null when the list does not hold it. */
export function departmentNameIn(
	departments: readonly DepartmentOption[],
	locale: Locale
): (id: string) => string | null {
	return (id) => {
		const d = departments.find((x) => x.department_id === id);
		return d ? localized(locale, d, 'name') : null;
	};
}

function viewOf(department: DepartmentOption, year?: number): View {
	const latest = department.years.at(-1) ?? new Date().getFullYear();
	return {
		departmentId: department.department_id,
		year: year !== undefined && department.years.includes(year) ? year : latest,
		regionId: department.region_id
	};
}

/** The default view: the primary department's latest year. */
export function defaultView(departments: DepartmentOption[]): View {
	const primary = departments.find((d) => d.is_primary) ?? departments[0];
	if (!primary) throw new Error('no departments in the data');
	return viewOf(primary);
}

/** Reads `?dept=&year=` once at the edge; unknown values fall back to the default view. */
export function viewFromSearch(search: URLSearchParams, departments: DepartmentOption[]): View {
	const department = departments.find((d) => d.department_id === search.get('dept'));
	if (!department) return defaultView(departments);
	const year = Number(search.get('year'));
	return viewOf(department, Number.isInteger(year) ? year : undefined);
}
