// SYNTHETIC benchmark data — generated rows, never shown on the site, never written to data/ or
// static/. A spending table of `rows` rows (10 years × 1,000 lines per department, so 10^5 rows =
// 10 departments, 10^6 = 100, 10^7 = 1,000), written the way `npm run data` writes a partitioned
// table: one DuckDB file per department (storage v1.4.0, 16 KB blocks below 50,000 rows), plus a
// catalog.json with the real contract's spending columns.
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const ROWS_PER_DEPARTMENT = 10_000;

/** One department's synthetic rows, in the contract's column order (checked against the catalog). */
function departmentSql(k) {
	const dept = `'d${String(k).padStart(4, '0')}'`;
	return `SELECT ${dept} AS department_id, (2013 + j // 1000)::INTEGER AS fiscal_year,
	  'fc_' || (2110000 + j % 1000)::VARCHAR AS line_id, 'fc_' || (21100 + (j % 1000) // 10)::VARCHAR AS parent_line_id,
	  'part_of' AS parent_relation, '合成支出科目' || (j % 1000)::VARCHAR AS line_zh,
	  'Synthetic line ' || (j % 1000)::VARCHAR AS line_en, (2110000 + j % 1000)::VARCHAR AS functional_code,
	  NULL::VARCHAR AS economic_class, 'function' AS category, 'final' AS stage,
	  (((j * 40503 + ${k} * 7919) % 1000000) / 100.0)::DOUBLE AS amount, 2::INTEGER AS amount_decimals,
	  (((j * 40503 + ${k} * 7919) % 1000000) / 100.0)::DOUBLE AS amount_wan, '万元' AS unit,
	  NULL::DOUBLE AS share_pct_stated, NULL::INTEGER AS share_pct_stated_decimals, 'reported' AS derivation,
	  NULL::VARCHAR AS formula, true AS is_primary, 'synthetic_' || ${dept} || '_' || (2013 + j // 1000)::VARCHAR AS source_id,
	  '表3 第' || (j % 1000 + 1)::VARCHAR || '行' AS locator,
	  '合成支出科目' || (j % 1000)::VARCHAR || ' ' || (((j * 40503 + ${k} * 7919) % 1000000) / 100.0)::VARCHAR AS excerpt
	FROM range(${ROWS_PER_DEPARTMENT}) t(j)`;
}

/** A folder written before with the same rows and columns is used again (10^7 rows take minutes). */
function reuse(dir, rows, columns) {
	try {
		const catalog = JSON.parse(readFileSync(path.join(dir, 'data', 'catalog.json'), 'utf8'));
		const table = catalog.tables[0];
		const same =
			table.row_count === rows &&
			catalog.bench_bin_rows === BIN_ROWS &&
			JSON.stringify(table.columns) === JSON.stringify(columns);
		if (!same || !process.env.BENCH_LOAD_REUSE) return null;
		const files = new Set(table.partitions.map((p) => p.duckdb)).size;
		return { departments: table.partitions.length, files, rows, bytes: table.bytes, reused: true };
	} catch {
		return null;
	}
}

/** Rows per DuckDB file, as the build bins them (BIN_MAX_ROWS in src/lib/model/layout.ts). */
const BIN_ROWS = Number(process.env.BENCH_LOAD_BIN_ROWS ?? 100_000);

/** The block size clause the build uses for a file of `rows` rows (16 KB blocks below 50,000). */
function blockClause(rows) {
	if (process.env.BENCH_LOAD_BLOCK === 'default') return '';
	return rows < 50_000 ? ', BLOCK_SIZE 16384' : '';
}

/** One bin's DuckDB file (departments `ks`, in department order) and its catalog partitions. */
async function writeBin(conn, dir, index, ks) {
	const rel = `data/spending/bin_${String(index).padStart(3, '0')}.duckdb`;
	const file = path.join(dir, rel);
	mkdirSync(path.dirname(file), { recursive: true });
	const rows = ks.length * ROWS_PER_DEPARTMENT;
	await conn.run(`ATTACH '${file}' AS out (STORAGE_VERSION 'v1.4.0'${blockClause(rows)})`);
	const union = ks.map((k) => `SELECT * FROM (${departmentSql(k)})`).join(' UNION ALL ');
	await conn.run(
		`CREATE TABLE out.spending AS SELECT * FROM (${union}) ORDER BY department_id, fiscal_year, line_id`
	);
	await conn.run('DETACH out');
	const bytes = statSync(file).size;
	return ks.map((k) => {
		const id = `d${String(k).padStart(4, '0')}`;
		return {
			values: { department_id: id },
			row_count: ROWS_PER_DEPARTMENT,
			duckdb: rel,
			duckdb_bytes: bytes,
			parquet: `data/spending/department_id=${id}/data_0.parquet`,
			parquet_bytes: 0
		};
	});
}

/** Writes `<dir>/data/catalog.json` (where the site keeps it) and `<dir>/data/spending/bin_NNN.duckdb`. */
export async function writeSyntheticSite(dir, rows, realCatalogPath = 'static/data/catalog.json') {
	// The synthetic tables copy the real contract's columns, so the real data build must have run.
	if (!existsSync(realCatalogPath))
		throw new Error(`${realCatalogPath} is missing: run \`npm run data\` first`);
	const real = JSON.parse(readFileSync(realCatalogPath, 'utf8')).tables.find((t) => t.name === 'spending');
	const departments = Math.ceil(rows / ROWS_PER_DEPARTMENT);
	const cached = reuse(dir, departments * ROWS_PER_DEPARTMENT, real.columns);
	if (cached) return cached;
	rmSync(dir, { recursive: true, force: true });
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const described = (await conn.runAndReadAll(`DESCRIBE ${departmentSql(0)}`)).getRowObjectsJS();
	const got = described.map((c) => `${c.column_name} ${c.column_type}`).join(', ');
	const want = real.columns.map((c) => `${c.name} ${c.type}`).join(', ');
	if (got !== want) throw new Error(`synthetic spending columns differ from the contract:\n${got}\n${want}`);
	const perBin = Math.max(1, Math.floor(BIN_ROWS / ROWS_PER_DEPARTMENT));
	const partitions = [];
	for (let k = 0; k < departments; k += perBin) {
		const ks = Array.from({ length: Math.min(perBin, departments - k) }, (_, i) => k + i);
		partitions.push(...(await writeBin(conn, dir, k / perBin, ks)));
	}
	conn.closeSync();
	const files = new Map(partitions.map((p) => [p.duckdb, p.duckdb_bytes]));
	const table = {
		...real,
		description_en: `SYNTHETIC spending, ${departments * ROWS_PER_DEPARTMENT} rows (benchmark only)`,
		row_count: departments * ROWS_PER_DEPARTMENT,
		files: { parquet: 'data/spending/**/*.parquet', csv: null },
		format: 'duckdb',
		partition_by: ['department_id'],
		partitions,
		bytes: [...files.values()].reduce((s, b) => s + b, 0),
		source_ids: []
	};
	const catalog = {
		generated_at: new Date().toISOString(),
		bench_bin_rows: BIN_ROWS,
		tables: [table],
		sources: []
	};
	writeFileSync(path.join(dir, 'data', 'catalog.json'), JSON.stringify(catalog));
	return { departments, files: files.size, rows: table.row_count, bytes: table.bytes };
}

/** The same rows as one CSV at `<dir>/data/spending.csv` (for the CSV-path comparison). */
export async function writeSyntheticCsv(dir) {
	const catalog = JSON.parse(readFileSync(path.join(dir, 'data', 'catalog.json'), 'utf8'));
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const files = [...new Set(catalog.tables[0].partitions.map((p) => p.duckdb))];
	const parts = files.map((_, i) => `SELECT * FROM p${i}.spending`);
	for (const [i, file] of files.entries())
		await conn.run(`ATTACH '${path.join(dir, file)}' AS p${i} (READ_ONLY)`);
	const file = path.join(dir, 'data', 'spending.csv');
	await conn.run(`COPY (${parts.join(' UNION ALL ')}) TO '${file}' (HEADER, DELIMITER ',')`);
	conn.closeSync();
	return { file, bytes: statSync(file).size };
}
