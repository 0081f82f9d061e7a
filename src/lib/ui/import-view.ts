// What the /import page says about a file, in the reader's language: the detection, counts and
// problems exactly as `npm run import` prints them (lib/import/report), progress in words.
import { formatBytes, formatNumber } from '$lib/format';
import type { Locale } from '$lib/i18n/locales';
import { t } from '$lib/i18n/messages';
import type { FileOutcome, ImportProgress, SheetOutcome } from '$lib/import/browser/protocol';
import { totalCounts } from '$lib/import/import';
import { formatCounts, formatFormat, formatImportProblem, formatNote } from '$lib/import/report';
import type { ImportProblem } from '$lib/import/types';
import { pick } from '$lib/model';
import type { ImportEntry } from './import-session.svelte';

export { PREVIEW_ROWS } from '$lib/import/browser/protocol';

export function problemText(problem: ImportProblem, locale: Locale): string {
	return formatImportProblem(problem, locale);
}

export function countsText(counts: SheetOutcome['counts'], locale: Locale): string {
	return formatCounts(counts, locale);
}

export function fileCountsText(outcome: FileOutcome, locale: Locale): string {
	return countsText(totalCounts(outcome.sheets), locale);
}

export function formatText(outcome: FileOutcome, locale: Locale): string {
	if (outcome.format === null) return '';
	return formatFormat(
		{ format: outcome.format, encoding: outcome.encoding, delimiter: outcome.delimiter },
		locale
	);
}

export function notesOf(outcome: FileOutcome, locale: Locale): string[] {
	const notes = [...outcome.notes, ...outcome.sheets.flatMap((sheet) => sheet.notes)];
	return notes.map((note) => formatNote(note, locale));
}

/** Every problem of the file (file-level first, then by sheet), as the CLI prints them. */
export function problemsOf(outcome: FileOutcome): ImportProblem[] {
	return [...outcome.problems, ...outcome.sheets.flatMap((sheet) => sheet.problems)];
}

export function moreProblems(outcome: FileOutcome): number {
	return outcome.sheets.reduce((sum, sheet) => sum + (sheet.moreProblems ?? 0), 0);
}

export function layoutText(sheet: SheetOutcome, locale: Locale): string {
	if (sheet.layoutName === null) return t(locale, 'import_layout_none');
	return `${pick(sheet.layoutName, locale)} (${sheet.layout})`;
}

export function stageText(stage: 'budget' | 'final' | null, locale: Locale): string {
	if (stage === null) return t(locale, 'import_not_stated');
	return t(locale, stage === 'budget' ? 'import_stage_budget' : 'import_stage_final');
}

export function progressText(progress: ImportProgress, locale: Locale): string {
	const read = formatBytes(progress.bytesRead, locale);
	const total = formatBytes(progress.bytesTotal, locale);
	if (progress.phase === 'reading') return t(locale, 'import_progress_reading', { read, total });
	const params = { rows: formatNumber(progress.rows, locale), read, total_bytes: total };
	if (progress.rowsTotal === null || progress.rowsTotal === 0)
		return t(locale, 'import_progress_rows_unknown', params);
	return t(locale, 'import_progress_rows', { ...params, total: formatNumber(progress.rowsTotal, locale) });
}

/** One bar over both phases: reading the bytes is the first fifth, the rows the rest. */
export function progressValue(progress: ImportProgress | null): number {
	if (progress === null) return 0;
	const bytes = progress.bytesTotal === 0 ? 1 : progress.bytesRead / progress.bytesTotal;
	if (progress.phase === 'reading') return Math.round(20 * bytes);
	const rows = progress.rowsTotal ? Math.min(1, progress.rows / progress.rowsTotal) : 0;
	return Math.round(20 + 79 * rows);
}

const STATUS_KEYS = {
	queued: 'import_status_queued',
	running: 'import_status_running',
	done: 'import_status_done',
	refused: 'import_status_refused',
	cancelled: 'import_status_cancelled',
	failed: 'import_status_failed'
} as const;

export function statusText(entry: ImportEntry, locale: Locale): string {
	return t(locale, STATUS_KEYS[entry.status], { message: entry.failure });
}

/** The live region's sentence when a file settles. */
export function announceEntry(entry: ImportEntry, locale: Locale): string {
	const file = entry.file.name;
	// A problem's text starts with the file's name already (`file:sheet:row:col: …`).
	if (entry.status === 'refused' && entry.refusal !== null) return problemText(entry.refusal, locale);
	if (entry.status === 'cancelled') return t(locale, 'import_announce_cancelled', { file });
	if (entry.status === 'failed') return t(locale, 'import_status_failed', { message: entry.failure });
	if (entry.outcome === null) return '';
	const problems = problemsOf(entry.outcome);
	if (entry.outcome.format === null && problems[0] !== undefined) return problemText(problems[0], locale);
	return t(locale, 'import_announce_done', { file, counts: fileCountsText(entry.outcome, locale) });
}
