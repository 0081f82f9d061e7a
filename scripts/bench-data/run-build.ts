// One data build in its own process for scripts/bench-data.mjs: prints one JSON line with the
// build's own timings and this process's peak RSS (DuckDB's native memory included).
import { buildData } from '../build-data';

const [inputDir = '', outputDir = ''] = process.argv.slice(2);
const started = performance.now();
const result = await buildData({ inputDir, outputDir });
const ms = performance.now() - started;
if (!result.ok) {
	console.error(
		result.problems.slice(0, 5).map((problem) => `${problem.file}:${problem.line} ${problem.message.en}`)
	);
	process.exit(1);
}
const spending = result.catalog?.tables.find((table) => table.name === 'spending');
console.log(
	JSON.stringify({
		ms,
		validateMs: result.timings.validateMs,
		writeMs: result.timings.writeMs,
		maxRssMb: process.resourceUsage().maxRSS / 1024,
		// CPU time of the process (JS and DuckDB's threads): less sensitive than wall time to
		// other work on a shared machine.
		cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
		rows: result.files.reduce((sum, file) => sum + file.rowsLoaded, 0),
		spendingRows: spending?.row_count ?? 0,
		spendingPartitions: spending?.partitions.length ?? 0,
		duckdbBytes: result.catalog?.tables.reduce((sum, table) => sum + table.bytes, 0) ?? 0,
		csvShipped:
			result.catalog?.tables.filter((table) => table.files.csv !== null).map((table) => table.name) ?? []
	})
);
