/**
 * "View on the dashboard" from an audit finding: the link carries `highlight=<finding id>`, and
 * the target page marks the figure whose audit badge names that finding — scrolled into view,
 * focused, outlined with a dashed frame and labelled in text (not by colour alone). The page may
 * draw the figure only after DuckDB has loaded another department or year, so the mark waits for
 * it (a MutationObserver, up to `timeoutMs`).
 */
export const HIGHLIGHT_PARAM = 'highlight';

function findTarget(root: ParentNode, findingId: string): HTMLElement | null {
	for (const badge of root.querySelectorAll<HTMLElement>('[data-findings]')) {
		if ((badge.dataset.findings ?? '').split(' ').includes(findingId)) {
			return badge.closest<HTMLElement>('.figure-box') ?? badge.parentElement;
		}
	}
	return null;
}

function mark(target: HTMLElement, findingId: string, label: string): void {
	for (const old of document.querySelectorAll<HTMLElement>('[data-highlighted]')) {
		delete old.dataset.highlighted;
		delete old.dataset.highlightLabel;
	}
	target.dataset.highlighted = findingId;
	target.dataset.highlightLabel = label;
	if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
	target.scrollIntoView({ block: 'center' });
	target.focus({ preventScroll: true });
}

/** Marks the finding's figure now or when it appears; returns a function that stops waiting. */
export function highlightFinding(findingId: string, label: string, timeoutMs = 20000): () => void {
	const now = findTarget(document, findingId);
	if (now) {
		mark(now, findingId, label);
		return () => undefined;
	}
	const observer = new MutationObserver(() => {
		const target = findTarget(document, findingId);
		if (!target) return;
		stop();
		mark(target, findingId, label);
	});
	const timer = setTimeout(() => stop(), timeoutMs);
	const stop = () => {
		observer.disconnect();
		clearTimeout(timer);
	};
	observer.observe(document.body, {
		childList: true,
		subtree: true,
		attributes: true,
		attributeFilter: ['data-findings']
	});
	return stop;
}
