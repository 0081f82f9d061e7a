import type { Touch } from './types';

/** What matching needs of a dashboard figure: its value and its citation. */
export interface CitedFigure {
	value: number;
	citation: { source_id: string; locator: string };
}

const SAME_VALUE = 1e-6;

/**
 * Does a finding touch this figure? By citation: the same source and locator, and the same value
 * (one body-text paragraph cites several figures under one locator). A figure aggregated over
 * several tables or rows cites them as `locator; locator; …`: it is touched by any numeric
 * figure inside one of them (`附件3 表1 … / 年度资金总额` lies inside `附件3 表1 …`).
 */
export function touchesFigure(touch: Touch, figure: CitedFigure): boolean {
	if (touch.source_id !== figure.citation.source_id || touch.value === null) return false;
	const segments = figure.citation.locator.split('; ');
	if (segments.length > 1) {
		return segments.some((segment) => touch.locator === segment || touch.locator.startsWith(`${segment} / `));
	}
	return touch.locator === figure.citation.locator && Math.abs(touch.value - figure.value) < SAME_VALUE;
}

/** The findings (of any shape carrying touches) that touch a figure. */
export function findingsTouching<T extends { touches: readonly Touch[] }>(
	findings: readonly T[],
	figure: CitedFigure
): T[] {
	return findings.filter((finding) => finding.touches.some((touch) => touchesFigure(touch, figure)));
}
