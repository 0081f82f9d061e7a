// One import, measured inside its own process (spawned by bench-import.mjs): wall time from the
// first byte read to the last row written, and the process's peak resident memory.
import { runImport } from './import';
import type { CliArgs } from './import/args';

const [file, extra] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: bench-import-one.ts FILE [JSON of further CLI args]');
const args: CliArgs = {
	files: [file],
	...(extra === undefined ? {} : (JSON.parse(extra) as Partial<CliArgs>))
};
const started = performance.now();
const result = await runImport(args, 'en');
const ms = performance.now() - started;
const counts = result.sheets.reduce(
	(sum, sheet) => ({ read: sum.read + sheet.counts.read, imported: sum.imported + sheet.counts.imported }),
	{ read: 0, imported: 0 }
);
const facts = result.sheets.reduce(
	(sum, sheet) => sum + Object.values(sheet.facts ?? {}).reduce((a, n) => a + (n ?? 0), 0),
	0
);
const problems = result.sheets.reduce(
	(sum, sheet) => sum + sheet.problems.length + (sheet.moreProblems ?? 0),
	0
);
// maxRSS is in kilobytes (Node docs: process.resourceUsage()).
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, peakMb, ...counts, facts, problems, ok: result.ok }));
