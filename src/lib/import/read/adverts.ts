// Advert sheets that third-party data sites add to files they redistribute (e.g. one cell
// "百度搜索“马克数据网”，获取更多价值数据！" in a sheet named "更多数据，尽在【马克数据网】"). Recognised by
// content, not by one name: very few non-empty cells, almost no figures, and advert wording.
import type { Row } from '../types';

const ADVERT_WORDS =
	/https?:\/\/|www\.|广告|推广|微信|公众号|二维码|扫码|关注我们|百度搜索|获取更多|更多数据|尽在|数据网|淘宝|taobao|wechat/i;

const MAX_CELLS = 20;
const FIGURE = /^[-+]?[\d,.]+%?$/;

export interface SheetContent {
	/** Non-empty cells. */
	readonly cells: number;
	/** Up to MAX_CELLS + 1 non-empty cell texts, in reading order. */
	readonly texts: readonly string[];
}

export function contentOf(rows: readonly Row[]): SheetContent {
	let cells = 0;
	const texts: string[] = [];
	for (const row of rows) {
		for (const [i, cell] of row.cells.entries()) {
			if (cell === null || cell.text.trim() === '') continue;
			const from = cell.mergedFrom;
			// A merged range counts once, at its top-left cell.
			if (from !== undefined && (from.row !== row.n || from.col !== i + 1)) continue;
			cells++;
			if (texts.length <= MAX_CELLS) texts.push(cell.text.trim());
		}
	}
	return { cells, texts };
}

/** True for a sheet that is an advert rather than data. */
export function isAdvert(name: string, content: SheetContent): boolean {
	if (content.cells === 0 || content.cells > MAX_CELLS) return false;
	const figures = content.texts.filter((text) => FIGURE.test(text)).length;
	if (figures > 1) return false;
	return ADVERT_WORDS.test(name) || content.texts.some((text) => ADVERT_WORDS.test(text));
}

/** A short quote of the advert for the note. */
export function advertExcerpt(content: SheetContent): string {
	const text = content.texts.join(' ').replace(/\s+/g, ' ');
	return text.length <= 40 ? text : `${text.slice(0, 39)}…`;
}
