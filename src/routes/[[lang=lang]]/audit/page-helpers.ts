import { saveFile } from '$lib/ui/download';
import { SEVERITIES, type AuditResult, type Severity } from '$lib/audit/types';

/** Hands the reader a CSV file made in the page (no request: the text is already here). */
export function saveCsv(csv: string, fileName: string): void {
	saveFile(fileName, csv, 'text/csv;charset=utf-8');
}

/** Whether two runs found the same findings (by id, in order). */
export const sameFindings = (a: AuditResult, b: AuditResult): boolean =>
	a.findings.map((f) => f.id).join('\n') === b.findings.map((f) => f.id).join('\n');

/** A select's value as a severity, or null for "all". */
export const severityOption = (value: string): Severity | null =>
	SEVERITIES.includes(value as Severity) ? (value as Severity) : null;
