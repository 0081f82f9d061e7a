/**
 * Data never reaches ECharts as markup. Two ECharts syntaxes can read text from data:
 *  - string formatters are templates (`{a}`, `{b}`, `{c}` are replaced): a label from data is
 *    therefore given as a function, whose return value is not a template;
 *  - rich text, `{style|text}`, is parsed wherever a text has `rich` styles, which a richText
 *    tooltip always has (its own markers are styles): a name `{a|x}{b|y}` came out as "xy".
 * The tooltip is therefore built here from plain values, and `{` that would open a style gets a
 * WORD JOINER (U+2060, invisible, no line break) so zrender's `{name|` pattern no longer matches.
 */
const RICH_OPEN = /\{(?=[A-Za-z0-9_]+\|)/g;

export function richSafe(text: string): string {
	return text.replace(RICH_OPEN, '{\u2060');
}

/** A fixed label text as a formatter that is not read as a template. */
export function literalLabel(text: string): () => string {
	return () => text;
}

interface TooltipParam {
	seriesName?: string;
	value?: unknown;
	axisValueLabel?: string;
	name?: string;
}

function valueOf(value: unknown): unknown {
	return Array.isArray(value) ? value.at(-1) : value;
}

export interface LiteralTooltipOptions {
	/** Formats a value (lib/format); null and missing values get `empty`. */
	format: (value: number) => string;
	empty?: string;
	axisPointer?: { type: 'shadow' | 'line' };
}

/** An axis tooltip in richText mode (no HTML) whose names and values are shown as they are. */
export function literalTooltip(options: LiteralTooltipOptions) {
	const { format, empty = '—' } = options;
	const text = (value: unknown) => (typeof value === 'number' ? format(value) : empty);
	return {
		trigger: 'axis' as const,
		renderMode: 'richText' as const,
		...(options.axisPointer ? { axisPointer: options.axisPointer } : {}),
		formatter: (params: TooltipParam | TooltipParam[]) => {
			const list = Array.isArray(params) ? params : [params];
			const header = list[0]?.axisValueLabel ?? list[0]?.name ?? '';
			const lines = list.map((p) => `${p.seriesName ?? ''}  ${text(valueOf(p.value))}`);
			return [header, ...lines].map(richSafe).join('\n');
		}
	};
}
