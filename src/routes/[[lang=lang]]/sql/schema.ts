import type {
	Completion,
	CompletionContext,
	CompletionResult,
	CompletionSource
} from '@codemirror/autocomplete';
import type { SQLNamespace } from '@codemirror/lang-sql';
import type { CatalogColumn, CatalogTable } from '$lib/model';
import type { Locale } from '$lib/i18n/locales';
import { localized } from '$lib/i18n/localized';
import { t } from '$lib/i18n/messages';
import { formatNumber } from '$lib/format';

/** What the schema browser and the editor's completion show of a catalog table. */
export type SchemaTable = Pick<
	CatalogTable,
	| 'name'
	| 'description_zh'
	| 'description_en'
	| 'row_count'
	| 'columns'
	| 'source_ids'
	| 'bytes'
	| 'partition_by'
> & { partitions: number };

export function describe(item: { description_zh: string; description_en: string }, locale: Locale): string {
	return localized(locale, item, 'description');
}

function columnCompletion(column: CatalogColumn, locale: Locale): Completion {
	const unit = column.unit ? ` · ${column.unit}` : '';
	return {
		label: column.name,
		type: 'property',
		detail: `${column.type}${unit}`,
		info: describe(column, locale)
	};
}

/** The live catalog as CodeMirror's SQL completion schema: tables, then their columns with units. */
export function completionSchema(tables: readonly SchemaTable[], locale: Locale): SQLNamespace {
	const namespace: Record<string, SQLNamespace> = {};
	for (const table of tables) {
		namespace[table.name] = {
			self: {
				label: table.name,
				type: 'type',
				detail: t(locale, 'sql_schema_rows', { rows: formatNumber(table.row_count, locale) }),
				info: describe(table, locale)
			},
			children: table.columns.map((c) => columnCompletion(c, locale))
		};
	}
	return namespace;
}

/**
 * Unqualified column names (`SELECT execution_ra| FROM projects`): CodeMirror's SQL completion
 * offers columns only after `table.`, so this adds the columns of every catalog table the
 * statement names.
 */
export function columnsInScope(tables: readonly SchemaTable[], locale: Locale): CompletionSource {
	return (context: CompletionContext): CompletionResult | null => {
		const word = context.matchBefore(/[A-Za-z_][A-Za-z0-9_]*/);
		if (!word && !context.explicit) return null;
		const from = word ? word.from : context.pos;
		if (context.state.sliceDoc(from - 1, from) === '.') return null;
		const words = new Set(
			context.state.doc
				.toString()
				.toLowerCase()
				.match(/[a-z_][a-z0-9_]*/g) ?? []
		);
		const named = tables.filter((t) => words.has(t.name));
		const options = named.flatMap((table) =>
			table.columns.map((c) => {
				const completion = columnCompletion(c, locale);
				return { ...completion, detail: `${table.name} · ${completion.detail}`, boost: 1 };
			})
		);
		return options.length ? { from, options, validFor: /^[A-Za-z0-9_]*$/ } : null;
	};
}

export interface EditorCompletion {
	schema: SQLNamespace;
	inScope: CompletionSource;
}

export function editorCompletion(tables: readonly SchemaTable[], locale: Locale): EditorCompletion {
	return { schema: completionSchema(tables, locale), inScope: columnsInScope(tables, locale) };
}
