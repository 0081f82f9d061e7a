/**
 * UI strings of the sql feature. zh-CN is the reference; the type of `en` makes the compiler
 * reject a missing English string. Keys are prefixed `sql_` so catalogs never collide.
 */
export const zh = {
	sql_nav: 'SQL 查询',
	sql_title: 'SQL 查询台',
	sql_intro:
		'用 SQL 直接查询本站的全部数据表（DuckDB，在您的浏览器中运行，不向任何地方发送数据）。数据表只读：写入、修改、读取外部文件或网址的语句都会被拒绝。',
	sql_editor_label: 'SQL 语句',
	sql_examples: '示例：',
	sql_run: '运行',
	sql_stop: '停止',
	sql_share: '分享链接',
	sql_share_label: '本查询的链接（打开后显示 SQL；仅单条只读 SELECT 会自动运行）',
	sql_shared_not_run: '此查询来自链接，未自动运行。请先阅读语句，再点击“运行”。',
	sql_held_recursive:
		'它含有递归 CTE（WITH RECURSIVE），可能永不结束，所以不会自动运行；点击“运行”后可随时“停止”。',
	sql_held_generator:
		'{name}() 的参数不是不超过 {bound} 的普通数字，可能生成海量数据，所以不会自动运行；点击“运行”后可随时“停止”。',
	sql_held_estimate:
		'DuckDB 估计它要处理约 {rows} 行，超过自动运行的上限 {limit} 行；点击“运行”后可随时“停止”。',
	sql_held_estimate_failed: 'DuckDB 没能及时估计它的开销，所以不会自动运行；点击“运行”后可随时“停止”。',
	sql_status_loading: '正在启动 DuckDB 并加载数据…',
	sql_status_restoring: '查询已终止，正在重建数据库（从本站数据文件）…',
	sql_status_ready: 'DuckDB 已就绪',
	sql_status_running: '正在运行…',
	sql_status_stopping: '正在停止…',
	sql_status_failed: 'DuckDB 启动失败：{message}',
	sql_results_label: '查询结果',
	sql_meta: '{rows} 行 · 用时 {ms} 毫秒',
	sql_capped: '结果超过 {cap} 行，只显示前 {cap} 行。请加上 LIMIT、筛选条件或汇总。',
	sql_view_table: '表格',
	sql_view_chart: '图表',
	sql_export_csv: '导出 CSV',
	sql_export_parquet: '导出 Parquet',
	sql_export_failed: '导出失败：{message}',
	sql_null: 'NULL',
	sql_resize_column: '调整“{column}”列宽（左右方向键）',
	sql_error: 'DuckDB 报错：',
	sql_error_at: '第 {line} 行，第 {column} 列（跳转）',
	sql_too_large:
		'表 {table} 需要载入 {rows} 行、{size}，超过本页可用内存（约 {budget}，已载入 {loaded}），所以没有载入。',
	sql_too_large_fix_pages: '各部门页面只载入所选部门的分区（按 {columns} 分区），可以在那里查看。',
	sql_too_large_fix_native:
		"或在本机用原生 DuckDB 读取全部数据：SELECT * FROM read_parquet('{glob}', hive_partitioning = true)",
	sql_schema_partitions: '{count} 个分区（按 {columns}）',
	sql_refused_hint:
		'查询台只运行一条只读语句（SELECT、WITH … SELECT、DESCRIBE、SUMMARIZE 等），数据表不可修改。',
	sql_refused_empty: '没有可运行的语句。',
	sql_refused_unterminated: '第 {offset} 个字符处的字符串、引号或注释没有结束。',
	sql_refused_multiple: '一次只能运行一条语句（这里有 {count} 条）。',
	sql_refused_statement: '已拒绝：{keyword} 语句会修改数据、设置或访问外部，查询台不允许。',
	sql_refused_function: '已拒绝：函数 {name}() 会读取文件、网址或执行其他 SQL，查询台不允许。',
	sql_refused_file: '已拒绝：{reference} 会被当作文件或网址读取，查询台只能查询本站的数据表。',
	sql_stopped: '查询已停止。',
	sql_stopped_timeout: '查询超过 {seconds} 秒，已自动停止。',
	sql_stopped_restarted: '它没有响应取消，因此终止了 DuckDB 并从本站数据文件重建。',
	sql_schema_title: '数据表',
	sql_schema_rows: '{rows} 行',
	sql_schema_insert: '查询 {name}',
	sql_schema_columns: '{table} 的列',
	sql_schema_type: '类型',
	sql_schema_unit: '单位',
	sql_schema_sources: '数据来源：',
	sql_history: '查询历史（{count}）',
	sql_history_hint: '仅保存在本浏览器中。在编辑器里按 Alt+↑ / Alt+↓ 可依次调出。',
	sql_chart_legend: '绘制结果',
	sql_chart_type: '图表类型',
	sql_chart_bar: '柱状图',
	sql_chart_line: '折线图',
	sql_chart_x: '横轴',
	sql_chart_y: '数值列：',
	sql_chart_pick_y: '请至少选择一个数值列。',
	sql_chart_no_numbers: '结果中没有数值列，无法绘图。',
	sql_chart_title: '{ys}（按 {x}）',
	sql_chart_summary: '{kind}：{rows} 行结果，横轴为 {x}，数值列为 {ys}。',
	sql_chart_summary_cut: '{kind}：共 {rows} 行结果，只绘制前 {shown} 行；横轴为 {x}，数值列为 {ys}。',
	sql_list_separator: '、'
} as const;

export const en: Record<keyof typeof zh, string> = {
	sql_nav: 'SQL',
	sql_title: 'SQL console',
	sql_intro:
		'Query every table of this site with SQL (DuckDB, running in your browser; nothing is sent anywhere). The tables are read-only: statements that write, change settings, or read outside files or URLs are refused.',
	sql_editor_label: 'SQL statement',
	sql_examples: 'Examples:',
	sql_run: 'Run',
	sql_stop: 'Stop',
	sql_share: 'Share link',
	sql_share_label:
		'Link to this query (opening it shows the SQL; only a single read-only SELECT runs by itself)',
	sql_shared_not_run: 'This query came from a link and was not run. Read it first, then click Run.',
	sql_held_recursive:
		'It has a recursive CTE (WITH RECURSIVE), which may never end, so it does not run by itself; after Run, Stop works at any time.',
	sql_held_generator:
		'{name}() has arguments that are not plain numbers up to {bound} and could generate huge data, so it does not run by itself; after Run, Stop works at any time.',
	sql_held_estimate:
		'DuckDB estimates it would process about {rows} rows, over the auto-run limit of {limit}; after Run, Stop works at any time.',
	sql_held_estimate_failed:
		'DuckDB could not estimate its cost in time, so it does not run by itself; after Run, Stop works at any time.',
	sql_status_loading: 'Starting DuckDB and loading the data…',
	sql_status_restoring: 'The query was terminated; rebuilding the database from the site’s data files…',
	sql_status_ready: 'DuckDB is ready',
	sql_status_running: 'Running…',
	sql_status_stopping: 'Stopping…',
	sql_status_failed: 'DuckDB failed to start: {message}',
	sql_results_label: 'Query result',
	sql_meta: '{rows} rows · {ms} ms',
	sql_capped:
		'The result has more than {cap} rows; only the first {cap} are shown. Add a LIMIT, a filter or an aggregate.',
	sql_view_table: 'Table',
	sql_view_chart: 'Chart',
	sql_export_csv: 'Export CSV',
	sql_export_parquet: 'Export Parquet',
	sql_export_failed: 'Export failed: {message}',
	sql_null: 'NULL',
	sql_resize_column: 'Resize column “{column}” (left and right arrow keys)',
	sql_error: 'DuckDB error:',
	sql_error_at: 'line {line}, column {column} (go there)',
	sql_too_large:
		'Table {table} would need {rows} rows, {size}, more than this tab can hold (about {budget}; {loaded} already loaded), so it was not loaded.',
	sql_too_large_fix_pages:
		'The dashboard pages load only the chosen department’s partitions (partitioned by {columns}): look there.',
	sql_too_large_fix_native:
		"Or read all of it in native DuckDB on your machine: SELECT * FROM read_parquet('{glob}', hive_partitioning = true)",
	sql_schema_partitions: '{count} partitions (by {columns})',
	sql_refused_hint:
		'The console runs one read-only statement (SELECT, WITH … SELECT, DESCRIBE, SUMMARIZE, …); the tables cannot be changed.',
	sql_refused_empty: 'There is no statement to run.',
	sql_refused_unterminated: 'A string, quoted name or comment starting at character {offset} is not closed.',
	sql_refused_multiple: 'Only one statement can run at a time (there are {count}).',
	sql_refused_statement:
		'Refused: a {keyword} statement changes data or settings or reaches outside; the console does not allow it.',
	sql_refused_function:
		'Refused: {name}() reads files or URLs or runs other SQL; the console does not allow it.',
	sql_refused_file:
		'Refused: {reference} would be read as a file or URL; the console queries only this site’s tables.',
	sql_stopped: 'The query was stopped.',
	sql_stopped_timeout: 'The query ran longer than {seconds} s and was stopped.',
	sql_stopped_restarted:
		'It did not respond to cancel, so DuckDB was terminated and rebuilt from the site’s data files.',
	sql_schema_title: 'Tables',
	sql_schema_rows: '{rows} rows',
	sql_schema_insert: 'Query {name}',
	sql_schema_columns: 'Columns of {table}',
	sql_schema_type: 'Type',
	sql_schema_unit: 'Unit',
	sql_schema_sources: 'Sources:',
	sql_history: 'Query history ({count})',
	sql_history_hint: 'Kept in this browser only. In the editor, Alt+↑ / Alt+↓ walk through it.',
	sql_chart_legend: 'Chart the result',
	sql_chart_type: 'Chart type',
	sql_chart_bar: 'Bar chart',
	sql_chart_line: 'Line chart',
	sql_chart_x: 'X axis',
	sql_chart_y: 'Values:',
	sql_chart_pick_y: 'Pick at least one numeric column.',
	sql_chart_no_numbers: 'The result has no numeric column to chart.',
	sql_chart_title: '{ys} by {x}',
	sql_chart_summary: '{kind} of {rows} result rows: {x} on the x axis; values {ys}.',
	sql_chart_summary_cut: '{kind} of the first {shown} of {rows} result rows: {x} on the x axis; values {ys}.',
	sql_list_separator: ', '
};
