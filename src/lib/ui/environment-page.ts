import type { MessageKey } from '$lib/i18n/messages';
import type { PageIndicator } from '$lib/queries/environment-model';
import type { Row } from '$lib/queries/query';
import type { DepartmentOption } from './page-data';
import type { ViewState } from './url-state';

/** The years each region has annual observations for. */
export type RegionYears = Record<string, number[]>;

/** The city scopes a reader can narrow the page to (benchmarks are always shown). */
export const CITY_SCOPES = ['urban_area', 'whole_city', 'urban_districts', 'counties'] as const;

/** A region with annual observations, as the city selector lists it. */
export interface CityOption {
	region_id: string;
	name_zh: string;
	name_en: string;
	years: number[];
}

export function toCities(rows: Row[]): CityOption[] {
	return rows.map((r) => ({
		region_id: String(r.region_id),
		name_zh: String(r.name_zh),
		name_en: String(r.name_en),
		years: Array.isArray(r.years) ? r.years.map(Number).filter(Number.isFinite) : []
	}));
}

/** The years each city has, as RegionYears. */
export function regionYearsOf(cities: readonly CityOption[]): RegionYears {
	return Object.fromEntries(cities.map((c) => [c.region_id, c.years]));
}

export interface EnvironmentView {
	departmentId: string;
	regionId: string | null;
	/** True when the reader chose a region other than the department's (its targets do not apply). */
	otherCity: boolean;
	year: number;
	/** null = every scope. */
	scope: string | null;
}

/** A department's selectable years: its region's observation years, else its own fiscal years. */
export function environmentYearsOf(department: DepartmentOption, regionYears: RegionYears): number[] {
	const years = department.region_id ? (regionYears[department.region_id] ?? []) : [];
	return years.length ? years : department.years;
}

/**
 * The view a URL asks for, completed with defaults: the primary department, and the latest year of
 * its own reports that its region has figures for (the report's year, so benchmarks match it).
 */
export function resolveEnvironmentView(
	state: Pick<ViewState, 'dept' | 'year' | 'scope'> & { city?: string | null },
	departments: DepartmentOption[],
	regionYears: RegionYears
): EnvironmentView {
	const department =
		departments.find((d) => d.department_id === state.dept) ??
		departments.find((d) => d.is_primary) ??
		departments[0];
	if (!department) throw new Error('no departments in the data');
	const city = state.city ?? null;
	if (city !== null && city !== department.region_id && regionYears[city]?.length) {
		const years = regionYears[city] ?? [];
		const year = state.year !== null && years.includes(state.year) ? state.year : (years.at(-1) ?? 0);
		return {
			departmentId: department.department_id,
			regionId: city,
			otherCity: true,
			year,
			scope: state.scope
		};
	}
	const choices = environmentYearsOf(department, regionYears);
	const reportYear = [...department.years].reverse().find((y) => choices.includes(y));
	const fallback = reportYear ?? choices.at(-1) ?? new Date().getFullYear();
	return {
		departmentId: department.department_id,
		regionId: department.region_id,
		otherCity: false,
		year: state.year !== null && choices.includes(state.year) ? state.year : fallback,
		scope: state.scope
	};
}

/** The page's panels: air cards, and the water cards' parts, in display order. */
export const AIR_PANELS: { indicator: PageIndicator; key: MessageKey }[] = [
	{ indicator: 'pm25', key: 'card_pm25' },
	{ indicator: 'pm10', key: 'card_pm10' },
	{ indicator: 'good_air_ratio', key: 'card_good_air' }
];
export const SURFACE_PARTS: { indicator: PageIndicator; label: MessageKey }[] = [
	{ indicator: 'surface_water_sections', label: 'env_sections' },
	{ indicator: 'surface_water_class_ii_sections', label: 'env_class_ii' },
	{ indicator: 'surface_water_class_iii_sections', label: 'env_class_iii' },
	{ indicator: 'surface_water_compliance', label: 'env_compliance' },
	{ indicator: 'surface_water_class_i_iii_ratio', label: 'env_class_i_iii_ratio' }
];
export const DRINKING_PARTS: { indicator: PageIndicator; label: MessageKey }[] = [
	{ indicator: 'drinking_water_sources', label: 'env_drinking_sources' },
	{ indicator: 'drinking_water_compliance', label: 'env_compliance' }
];
