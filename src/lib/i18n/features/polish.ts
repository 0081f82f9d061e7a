/**
 * UI strings added for issue 11's polish (SQL console chart series and double-count warning,
 * audit summary, figure highlighting). zh-CN is the reference; keys are prefixed `polish_`.
 */
export const zh = {
	polish_sql_series: '分组列',
	polish_sql_series_none: '（不分组）',
	polish_sql_series_first: '按分组列绘图时只画第一个数值列“{y}”。',
	polish_sql_primary_warning:
		'注意：此语句汇总了 {tables}，但没有按 is_primary 筛选。同一数字若在多份报告中出现（如次年决算重述上年数），每处各占一行，汇总会重复计算。请加上 WHERE is_primary（每个事实只取一行）。',
	polish_sql_schema_primary: '同一事实可能有多行（各份报告各一行）：汇总时请加 WHERE is_primary。',
	polish_audit_overview: '概览',
	polish_audit_counts_caption: '各部门按严重程度的发现数',
	polish_audit_no_department: '不属于某个部门',
	polish_audit_top: '最值得先看的 {count} 条',
	polish_audit_top_rule:
		'挑选规则：先按严重程度（错误、警告、提示），再按差额相对于所涉数字的大小（差额绝对值 ÷ 两边中较大的绝对值），并列时按编号。',
	polish_audit_evidence: '证据：两处数字及出处',
	polish_highlight_from_audit: '审计发现所指的数字'
};

export const en: Record<keyof typeof zh, string> = {
	polish_sql_series: 'Series column',
	polish_sql_series_none: '(none)',
	polish_sql_series_first: 'With a series column only the first value column, “{y}”, is drawn.',
	polish_sql_primary_warning:
		'Note: this statement aggregates {tables} without filtering on is_primary. A figure printed in several reports (a final account restated the next year, say) is one row per place it was read, so the sum counts it more than once. Add WHERE is_primary (one row per fact).',
	polish_sql_schema_primary:
		'A fact may have several rows (one per report): add WHERE is_primary when you sum.',
	polish_audit_overview: 'Overview',
	polish_audit_counts_caption: 'Findings per department by severity',
	polish_audit_no_department: 'No single department',
	polish_audit_top: 'The {count} findings to read first',
	polish_audit_top_rule:
		'Chosen by severity first (error, warning, note), then by the difference relative to the figure it is about (|difference| ÷ the larger of the two sides), ties by id.',
	polish_audit_evidence: 'Evidence: both figures and their sources',
	polish_highlight_from_audit: 'The figure the audit finding is about'
};
