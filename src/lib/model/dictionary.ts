import { TABLE_NAMES, type TableName } from './names';
import { storedColumns } from './stored';
import { TABLES } from './tables';

/** One column of a downloadable file, as the data dictionary describes it. */
export interface DictionaryColumn {
	readonly table: TableName;
	readonly name: string;
	/** The type in the Parquet and DuckDB files (VARCHAR, INTEGER, DOUBLE, BOOLEAN). */
	readonly type: string;
	readonly nullable: boolean;
	/** The unit of every value, or `unit column: <name>` when each row names its own; '' if none. */
	readonly unit: string;
	readonly zh: string;
	readonly en: string;
	/** The only values an enum column takes, `|`-separated; '' for free columns. */
	readonly values: string;
	readonly primaryKey: boolean;
}

export interface DictionaryTable {
	readonly name: TableName;
	readonly zh: string;
	readonly en: string;
	readonly partitionBy: readonly string[];
	readonly columns: readonly DictionaryColumn[];
}

/** Every table and column of the data set, generated from the data contract (never hand-written). */
export function dataDictionary(): DictionaryTable[] {
	return TABLE_NAMES.map((name) => {
		const definition = TABLES[name];
		return {
			name,
			zh: definition.zh,
			en: definition.en,
			partitionBy: definition.partitionBy,
			columns: storedColumns(definition).map((column) => ({
				table: name,
				name: column.name,
				type: column.duckDbType,
				nullable: column.nullable,
				unit: column.unit ?? (column.unitColumn ? `unit column: ${column.unitColumn}` : ''),
				zh: column.zh,
				en: column.en,
				values: (column.values ?? []).join('|'),
				primaryKey: (definition.primaryKey as readonly string[]).includes(column.name)
			}))
		};
	});
}

const DICTIONARY_HEADER = [
	'table',
	'column',
	'type',
	'nullable',
	'unit',
	'meaning_zh',
	'meaning_en',
	'values',
	'primary_key'
];

function csvCell(text: string): string {
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The dictionary as one CSV (UTF-8, LF), one row per column of every table. */
export function dictionaryCsv(tables: readonly DictionaryTable[] = dataDictionary()): string {
	const rows = tables.flatMap((t) =>
		t.columns.map((c) => [
			c.table,
			c.name,
			c.type,
			String(c.nullable),
			c.unit,
			c.zh,
			c.en,
			c.values,
			String(c.primaryKey)
		])
	);
	return [DICTIONARY_HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}
