/**
 * UI strings added for issue 11's polish (SQL console chart series and double-count warning,
 * audit summary, figure highlighting). zh-CN is the reference; keys are prefixed `polish_`.
 */
export const zh = {
	polish_sql_series: '分组列',
	polish_sql_series_none: '（不分组）',
	polish_sql_series_first: '按分组列绘图时只画第一个数值列“{y}”。',
	polish_sql_primary_warning:
		'注意：此语句汇总了 {tables}，但没有按 is_primary 筛选。同一数字若在多份报告中出现（如次年决算重述上年数），每处各占一行，汇总会重复计算。请加上 WHERE is_primary（每个事实只取一行）。'
};

export const en: Record<keyof typeof zh, string> = {
	polish_sql_series: 'Series column',
	polish_sql_series_none: '(none)',
	polish_sql_series_first: 'With a series column only the first value column, “{y}”, is drawn.',
	polish_sql_primary_warning:
		'Note: this statement aggregates {tables} without filtering on is_primary. A figure printed in several reports (a final account restated the next year, say) is one row per place it was read, so the sum counts it more than once. Add WHERE is_primary (one row per fact).'
};
