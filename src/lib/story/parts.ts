import { formatChange, formatValue } from '$lib/format';
import type { Locale } from '$lib/i18n/locales';
import { t, type MessageKey, type MessageParams } from '$lib/i18n/messages';
import type { Figure } from '$lib/queries/figures';

/**
 * A piece of a headline sentence: plain words, a figure the reader can open and cite, or a link
 * to the audit page (`search` is its filter, `?dept=…`; the page adds the locale's path).
 */
export type HeadlinePart =
	| { kind: 'text'; text: string }
	| { kind: 'figure'; figure: Figure; text: string }
	| { kind: 'audit'; text: string; search: string };

/** One generated sentence; `id` names what it says (stable, for tests and data-testid). */
export interface HeadlineSentence {
	id: string;
	parts: HeadlinePart[];
	/** The audit sentence's count and scope, kept in the markup so hydration can read them back. */
	audit?: { count: number; scope: string };
}

/** A figure as FigureValue shows it: the same formatter, so sentence text and figure agree. */
export function figureText(figure: Figure, locale: Locale): string {
	return (figure.signed ? formatChange : formatValue)(figure.value, figure.unit, locale, {
		decimals: figure.decimals
	});
}

/**
 * Fills a catalog sentence: `words` become text, `figures` become figure parts at their
 * placeholders, so each number in the sentence carries its own citation.
 */
export function sentence(
	locale: Locale,
	key: MessageKey,
	options: { id: string; figures: Record<string, Figure>; words?: MessageParams }
): HeadlineSentence {
	const template = t(locale, key, options.words ?? {});
	const parts: HeadlinePart[] = [];
	let at = 0;
	for (const match of template.matchAll(/\{(\w+)\}/g)) {
		const figure = options.figures[match[1] ?? ''];
		if (!figure) continue;
		if (match.index > at) parts.push({ kind: 'text', text: template.slice(at, match.index) });
		parts.push({ kind: 'figure', figure, text: figureText(figure, locale) });
		at = match.index + match[0].length;
	}
	if (at < template.length) parts.push({ kind: 'text', text: template.slice(at) });
	return { id: options.id, parts };
}

/** The sentence as plain text (tests, and the headline's accessible summary). */
export function sentenceText(line: HeadlineSentence): string {
	return line.parts.map((part) => part.text).join('');
}

/** The figures a sentence cites. */
export function sentenceFigures(line: HeadlineSentence): Figure[] {
	return line.parts.flatMap((part) => (part.kind === 'figure' ? [part.figure] : []));
}
