import type { Locale } from './locales';
import { isEnglish } from './localized';

/**
 * Fixed vocabulary that reports print in free-text cells (target, actual value, deviation note of
 * the performance tables) — the same few words in every report, so English pages translate them
 * through the glossary (/work/shared/facts/glossary.md) instead of leaving Chinese behind. Any
 * other text is the source's own prose: kept verbatim and marked lang="zh-CN".
 */
const FIXED: Record<string, string> = {
	无: 'none',
	财政预算内: 'within the budget',
	达标: 'meets the standard',
	完成: 'completed',
	按时完成: 'completed on time',
	满意: 'satisfied'
};

/** 达到95%以上 (reach 95% or more) and 95%以上 (95% or more). */
const AT_LEAST = /^(?:达到)?(\d+(?:\.\d+)?%)以上$/;

export interface SourceText {
	text: string;
	/** 'zh-CN' when the text stays Chinese (source prose), undefined when it reads in the page language. */
	lang: 'zh-CN' | undefined;
}

/** A free-text cell as an English or Chinese page shows it. */
export function sourceText(text: string | null, locale: Locale): SourceText {
	const value = text ?? '';
	if (!/[\u3000-\u9fff\uff00-\uffef]/.test(value)) return { text: value, lang: undefined };
	if (!isEnglish(locale)) return { text: value, lang: 'zh-CN' };
	const trimmed = value.trim();
	const fixed = FIXED[trimmed];
	if (fixed) return { text: fixed, lang: undefined };
	const atLeast = AT_LEAST.exec(trimmed);
	if (atLeast) return { text: `at least ${atLeast[1]}`, lang: undefined };
	return { text: value, lang: 'zh-CN' };
}

/** A source table's label (hy_eeb_2022_self_assessment · 附件1) on an English page: 附件N → annex N. */
export function sourceLabel(label: string, locale: Locale): string {
	return isEnglish(locale) ? label.replace(/附件\s*(\d+)/g, 'annex $1') : label;
}
