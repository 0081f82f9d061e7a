import { comparableOrNull, type Figure } from '$lib/queries/figures';
import type { ProjectFigures } from '$lib/queries/projects-model';
import type { Locale } from '$lib/i18n/locales';
import { collator, localizedCamel } from '$lib/i18n/localized';

/** Columns the project table sorts by. */
export const SORT_KEYS = [
	'name',
	'budget_initial',
	'budget_full_year',
	'executed',
	'rate_stated',
	'rate_recomputed',
	'score',
	'line_budget',
	'line_final'
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** The default under-execution threshold, in per cent. */
export const DEFAULT_THRESHOLD = 90;

/** The project table's own view state, beside `dept` and `year`: all of it lives in the URL. */
export interface ProjectsTableState {
	/** null = the report's table order. */
	sort: SortKey | null;
	dir: SortDirection;
	/** Text filter on the project name (either language). */
	q: string;
	/** Only projects under the threshold. */
	under: boolean;
	threshold: number;
}

export const DEFAULT_TABLE_STATE: ProjectsTableState = {
	sort: null,
	dir: 'asc',
	q: '',
	under: false,
	threshold: DEFAULT_THRESHOLD
};

function thresholdOf(value: string | null): number {
	if (value === null || !/^\d{1,3}(\.\d{1,2})?$/.test(value)) return DEFAULT_THRESHOLD;
	const number = Number(value);
	return number >= 0 && number <= 200 ? number : DEFAULT_THRESHOLD;
}

/** Reads `sort`, `dir`, `q`, `under`, `threshold` once at the edge; bad values fall back to defaults. */
export function parseTableState(search: URLSearchParams): ProjectsTableState {
	const sort = search.get('sort');
	return {
		sort: (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : null,
		dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
		q: (search.get('q') ?? '').slice(0, 100),
		under: search.get('under') === '1',
		threshold: thresholdOf(search.get('threshold'))
	};
}

/** Writes the table state into `params`, leaving defaults out so links stay short. */
export function writeTableState(params: URLSearchParams, state: ProjectsTableState): URLSearchParams {
	for (const key of ['sort', 'dir', 'q', 'under', 'threshold']) params.delete(key);
	if (state.sort) {
		params.set('sort', state.sort);
		params.set('dir', state.dir);
	}
	if (state.q.trim()) params.set('q', state.q);
	if (state.under) params.set('under', '1');
	if (state.threshold !== DEFAULT_THRESHOLD) params.set('threshold', String(state.threshold));
	return params;
}

function sortValue(project: ProjectFigures, key: Exclude<SortKey, 'name'>): number | null {
	const figures: Record<Exclude<SortKey, 'name'>, Figure | null | undefined> = {
		budget_initial: project.budgetInitial,
		budget_full_year: project.budgetFullYear,
		executed: project.executed,
		rate_stated: project.rateStated,
		rate_recomputed: project.rateRecomputed,
		score: project.totalScore,
		line_budget: project.line?.budgetInitial,
		line_final: project.line?.final
	};
	return comparableOrNull(figures[key]);
}

export function projectName(project: ProjectFigures, locale: Locale): string {
	return localizedCamel(locale, project, 'name');
}

/** A stable sort; blank figures always go last, whichever the direction. */
export function sortProjects(
	projects: readonly ProjectFigures[],
	state: Pick<ProjectsTableState, 'sort' | 'dir'>,
	locale: Locale
): ProjectFigures[] {
	const { sort, dir } = state;
	if (!sort) return [...projects];
	const sign = dir === 'desc' ? -1 : 1;
	const names = collator(locale);
	return projects
		.map((project, index) => ({ project, index }))
		.sort((a, b) => {
			if (sort === 'name') {
				return (
					sign * names.compare(projectName(a.project, locale), projectName(b.project, locale)) ||
					a.index - b.index
				);
			}
			const x = sortValue(a.project, sort);
			const y = sortValue(b.project, sort);
			if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || a.index - b.index;
			return sign * (x - y) || a.index - b.index;
		})
		.map(({ project }) => project);
}

/** Which of a project's rates fall below the threshold (each rate is judged on its own). */
export function underExecution(project: ProjectFigures, threshold: number) {
	const below = (figure: Figure | null) => figure !== null && figure.value < threshold;
	const stated = below(project.rateStated);
	const recomputed = below(project.rateRecomputed);
	return { stated, recomputed, any: stated || recomputed };
}

export function filterProjects(
	projects: readonly ProjectFigures[],
	state: Pick<ProjectsTableState, 'q' | 'under' | 'threshold'>
): ProjectFigures[] {
	const needle = state.q.trim().toLocaleLowerCase();
	return projects.filter((p) => {
		if (state.under && !underExecution(p, state.threshold).any) return false;
		if (!needle) return true;
		return p.nameZh.toLocaleLowerCase().includes(needle) || p.nameEn.toLocaleLowerCase().includes(needle);
	});
}

/** The project page's path (department-scoped: a project id is unique within a department and year). */
export function projectPath(
	project: Pick<ProjectFigures, 'departmentId' | 'fiscalYear' | 'projectId'>
): string {
	return `/projects/${project.departmentId}/${project.fiscalYear}/${project.projectId}`;
}

/** The next sort when a column header is pressed: ascending, then descending, then table order. */
export function nextSort(state: Pick<ProjectsTableState, 'sort' | 'dir'>, key: SortKey) {
	if (state.sort !== key) return { sort: key, dir: 'asc' as const };
	if (state.dir === 'asc') return { sort: key, dir: 'desc' as const };
	return { sort: null, dir: 'asc' as const };
}
