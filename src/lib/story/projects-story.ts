import { formatNumber } from '$lib/format';
import type { Locale } from '$lib/i18n/locales';
import { localizedCamel } from '$lib/i18n/localized';
import { comparableValue, derivedFigure, percentRatio, type Figure } from '$lib/queries/figures';
import type { ProjectFigures, ProjectsData } from '$lib/queries/projects-model';
import { WAN } from '$lib/model/money';
import { sentence, type HeadlineSentence } from './parts';

/** Σ of figures in 万元 at the widest published precision (no float noise: 0.1 + 0.2 stays 0.3). */
function total(figures: Figure[], formula: string): Figure | null {
	const [first] = figures;
	if (!first) return null;
	const decimals = Math.max(...figures.map((f) => f.decimals ?? 0));
	const scale = 10 ** decimals;
	const value = Math.round(figures.reduce((sum, f) => sum + comparableValue(f) * scale, 0)) / scale;
	const terms = figures.map((f) => String(comparableValue(f))).join(' + ');
	return derivedFigure({ value, unit: WAN, decimals, formula: `${formula} = ${terms}`, from: first });
}

/** The execution rate recomputed from the amounts (a stated rate may be rounded up: 99.7 → 100). */
const rateOf = (p: ProjectFigures) => p.rateRecomputed;

/** The projects page: how many projects, executed against full-year budgets, the lowest rate. */
export function projectsHeadline(data: ProjectsData, locale: Locale): HeadlineSentence[] {
	const words = { year: data.year };
	const counted = data.projects.filter((p) => p.executed && p.budgetFullYear);
	const executed = total(
		counted.flatMap((p) => p.executed ?? []),
		'Σ 全年执行数'
	);
	const budget = total(
		counted.flatMap((p) => p.budgetFullYear ?? []),
		'Σ 全年预算数'
	);
	const rate = executed && budget ? percentRatio(executed, budget, 'Σ 全年执行数 ÷ Σ 全年预算数') : null;
	if (!executed || !budget || !rate) {
		return [sentence(locale, 'story_projects_none', { id: 'projects_none', figures: {}, words })];
	}
	const lines = [
		sentence(locale, 'story_projects', {
			id: 'projects',
			figures: { executed, budget, rate },
			words: { ...words, count: formatNumber(counted.length, locale) }
		})
	];
	const lowest = [...data.projects]
		.filter((p) => rateOf(p))
		.sort((a, b) => (rateOf(a)?.value ?? 0) - (rateOf(b)?.value ?? 0))[0];
	const lowestRate = lowest ? rateOf(lowest) : null;
	if (lowest && lowestRate && data.projects.length > 1) {
		lines.push(
			sentence(locale, 'story_projects_lowest', {
				id: 'projects_lowest',
				figures: { rate: lowestRate },
				words: { name: localizedCamel(locale, lowest, 'name') }
			})
		);
	}
	return lines;
}
