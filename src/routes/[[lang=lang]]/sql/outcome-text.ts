import type { GuardRefusal } from '$lib/queries/sql-guard';
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
