// 合计 / 小计 / 总计 rows: kept and marked as totals, never summed with their parts (the audit
// compares a stated total with its parts later; a total that does not add up stays as stated).
import { compact, labelParts } from './text';

export type TotalKind = 'total' | 'subtotal' | 'grand_total';

const TOTAL = /^(?:[\u4e00-\u9fff“”"()（）]{0,10}?)(合计|小计|总计|总额)$/;

/** 'total' for 合计/总额, 'subtotal' for 小计, 'grand_total' for 总计; null for any other label. */
export function totalKind(text: string): TotalKind | null {
	const core = labelParts(compact(text)).core.replace(/[:：]$/, '');
	const match = TOTAL.exec(core);
	if (match === null) return null;
	switch (match[1]) {
		case '小计':
			return 'subtotal';
		case '总计':
			return 'grand_total';
		default:
			return 'total';
	}
}

/** 合计, 小计, 总计, 本年收入合计, 收 入 总 计, 人员经费合计, 年度资金总额 … */
export function isTotalLabel(text: string): boolean {
	return totalKind(text) !== null;
}
