// One import, measured inside its own process (spawned by bench-import.mjs): wall time from the
// first byte read to the last row checked, and the process's peak resident memory.
import { runImport } from './import';

const [file, recipe, out] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: bench-import-one.ts FILE [RECIPE|-] [OUT]');
const started = performance.now();
const result = await runImport(
	{
		files: [file],
		...(recipe === undefined || recipe === '-' ? {} : { recipe }),
		...(out === undefined ? {} : { out })
	},
	'en'
);
const ms = performance.now() - started;
const counts = result.sheets.reduce(
	(sum, sheet) => ({ read: sum.read + sheet.counts.read, imported: sum.imported + sheet.counts.imported }),
	{ read: 0, imported: 0 }
);
const facts = Object.values(result.rows).reduce((sum, rows) => sum + (rows?.length ?? 0), 0);
// maxRSS is in kilobytes (Node docs: process.resourceUsage()).
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, peakMb, ...counts, facts, ok: result.ok }));
