import type { GuardRefusal } from '$lib/queries/sql-guard';
import type { CostRefusal } from '$lib/queries/sql-cost';
import type { SizeRefusal } from '$lib/data/size-gate';
import { formatBytes, formatNumber } from '$lib/format';
import type { Locale } from '$lib/i18n/locales';
import { t } from '$lib/i18n/messages';
import type { SqlConsole } from '$lib/ui/sql-console.svelte';

/** Why the guard refused a statement, in the reader's language. */
export function refusalText(refusal: GuardRefusal, locale: Locale): string {
	switch (refusal.code) {
		case 'empty':
			return t(locale, 'sql_refused_empty');
		case 'unterminated':
			return t(locale, 'sql_refused_unterminated', { offset: refusal.offset + 1 });
		case 'multiple':
			return t(locale, 'sql_refused_multiple', { count: refusal.count });
		case 'statement':
			return t(locale, 'sql_refused_statement', { keyword: refusal.keyword });
		case 'function':
			return t(locale, 'sql_refused_function', { name: refusal.name });
		case 'file':
			return t(locale, 'sql_refused_file', { reference: refusal.reference });
	}
}

/** Why a shared link's statement waits for Run although the guard allows it. */
export function heldText(held: CostRefusal, locale: Locale): string {
	switch (held.code) {
		case 'recursive':
			return t(locale, 'sql_held_recursive');
		case 'generator':
			return t(locale, 'sql_held_generator', { name: held.name, bound: formatNumber(held.bound, locale) });
		case 'estimate':
			return t(locale, 'sql_held_estimate', {
				rows: formatNumber(held.rows, locale),
				limit: formatNumber(held.limit, locale)
			});
		case 'estimate_failed':
			return t(locale, 'sql_held_estimate_failed');
	}
}

export function statusText(state: SqlConsole, locale: Locale): string {
	if (state.stopping) return t(locale, 'sql_status_stopping');
	if (state.running) return t(locale, 'sql_status_running');
	switch (state.status) {
		case 'loading':
			return t(locale, 'sql_status_loading');
		case 'restoring':
			return t(locale, 'sql_status_restoring');
		case 'ready':
			return t(locale, 'sql_status_ready');
		case 'failed':
			return t(locale, 'sql_status_failed', { message: state.failure });
		default:
			return '';
	}
}

/** Why the size gate refused a table, and what to do instead, in the reader's language. */
export function sizeRefusalLines(refusal: SizeRefusal, locale: Locale): string[] {
	const lines = [
		t(locale, 'sql_too_large', {
			table: refusal.table,
			rows: formatNumber(refusal.rows, locale),
			size: formatBytes(refusal.bytes, locale),
			budget: formatBytes(refusal.budgetBytes, locale),
			loaded: formatBytes(refusal.loadedBytes, locale)
		})
	];
	if (refusal.partitionBy.length > 0) {
		lines.push(t(locale, 'sql_too_large_fix_pages', { columns: refusal.partitionBy.join(', ') }));
	}
	lines.push(t(locale, 'sql_too_large_fix_native', { glob: refusal.parquet }));
	return lines;
}
