/**
 * The generated headlines (lib/story) and the wording of missing data. zh-CN is the reference; the
 * type of `en` makes the compiler reject a missing English string. `{name}` placeholders that
 * name a figure become a cited figure in the sentence; the others are words.
 */
export const zh = {
	story_heading: '要点',
	story_generated_note: '以上句子由本页数据自动生成；点击数字可查看出处。',
	story_line_total: '支出合计',
	story_line_project: '项目支出',
	story_line_basic: '基本支出',
	story_line_three_public: '“三公”经费',
	story_part_vehicles: '公务用车购置及运行费',
	story_part_overseas: '因公出国（境）费',
	story_part_receptions: '公务接待费',
	story_final_vs_budget: '{year} 年{line}决算为 {final}，是{stage} {budget}的 {ratio}。',
	story_final_only: '{year} 年{line}决算为 {final}；本数据集中没有当年可比的预算数。',
	story_budget_only:
		'本数据集中没有 {year} 年的决算，只有预算：{line}{stage} {budget}（这是预算数，不是实际支出）。',
	story_no_spending: '本数据集中没有该部门 {year} 年的支出数据。',
	story_no_spending_any: '本数据集中没有该部门的支出数据。',
	story_largest_change:
		'与 {previous} 年决算相比，变化最大的是{line}：从 {before} 到 {after}，变化 {change}。',
	story_single_year: '本数据集中只有该部门一年（{year} 年）的数据，因此不作年度比较。',
	story_no_previous_final: '本数据集中没有 {previous} 年可比的决算数，因此不作年度比较。',
	story_no_region: '本数据集中没有该部门所在地的环境数据。',
	story_no_pm25: '本数据集中没有{city} {year} 年的 PM2.5 年均浓度。',
	story_pm25: '{year} 年{city}{scope} PM2.5 年均浓度为 {observed}。',
	story_pm25_below: '{year} 年{city}{scope} PM2.5 年均浓度为 {observed}，低于国家二级标准 {limit}。',
	story_pm25_above: '{year} 年{city}{scope} PM2.5 年均浓度为 {observed}，高于国家二级标准 {limit}。',
	story_pm25_at: '{year} 年{city}{scope} PM2.5 年均浓度为 {observed}，与国家二级标准 {limit} 持平。',
	story_pm25_rank:
		'本数据集中有 {year} 年数据的{province} {count} 个市州里，{city}全市 {value} 由低到高排第 {rank}（最低为{lowestCity} {lowest}，最高为{highestCity} {highest}）。',
	story_three_public_part: '其中最大的一项是{part}（{stage}）：{value}。',
	story_no_three_public: '本数据集中没有该部门的“三公”经费。',
	story_projects:
		'{year} 年本数据集中有 {count} 个项目的绩效自评表：全年执行数合计 {executed}，是全年预算数合计 {budget}的 {rate}。',
	story_projects_lowest: '按金额重算，执行率最低的是“{name}”：{rate}。',
	story_projects_none: '本数据集中没有该部门 {year} 年的项目绩效自评表。',
	story_span_one: '{year} 年一年',
	story_span_many: '{first}—{last} 年共 {count} 年',
	story_department_span: '本数据集中有该部门 {span}的数据，出自 {sources} 份公开文件。',
	story_not_in_dataset: '本数据集中没有',
	story_budget_label: '{stage}数（本数据集中没有决算）',
	story_empty_chart: '本数据集中没有可画这张图的数据：{what}。',
	story_empty_import: '导入公开文件以补充数据',
	story_audit_page_one: '本页有 {count} 个公布数字对不上（{link}）。',
	story_audit_page_many: '本页有 {count} 个公布数字对不上（{link}）。',
	story_audit_department_one: '该部门{when}有 {count} 个公布数字对不上（{link}）。',
	story_audit_department_many: '该部门{when}有 {count} 个公布数字对不上（{link}）。',
	story_audit_when: ' {year} 年',
	story_audit_link: '见审计'
};

export const en: Record<keyof typeof zh, string> = {
	story_heading: 'Key facts',
	story_generated_note:
		'These sentences are generated from the figures on this page; select a number to see its source.',
	story_line_total: 'total spending',
	story_line_project: 'project spending',
	story_line_basic: 'basic spending',
	story_line_three_public: 'the three public expenses',
	story_part_vehicles: 'official vehicles (purchase and running)',
	story_part_overseas: 'official travel abroad',
	story_part_receptions: 'official receptions',
	story_final_vs_budget:
		'In {year}, {line} in the final accounts was {final}: {ratio} of the {stage} of {budget}.',
	story_final_only:
		'In {year}, {line} in the final accounts was {final}; this data set holds no budget for that year to compare it with.',
	story_budget_only:
		'This data set holds no final accounts for {year}, only the budget: {line}, {stage}, {budget} (a budget, not actual spending).',
	story_no_spending: 'This data set holds no spending figures of this department for {year}.',
	story_no_spending_any: 'This data set holds no spending figures of this department.',
	story_largest_change:
		'Compared with the {previous} final accounts, the largest change is in {line}: from {before} to {after}, {change}.',
	story_single_year:
		'This data set holds one year ({year}) for this department, so no year-on-year change is shown.',
	story_no_previous_final:
		'This data set holds no {previous} final accounts to compare with, so no year-on-year change is shown.',
	story_no_region: 'This data set holds no environmental figures for where this department is.',
	story_no_pm25: 'This data set holds no annual mean PM2.5 for {city} in {year}.',
	story_pm25: 'In {year}, annual mean PM2.5 in {city} ({scope}) was {observed}.',
	story_pm25_below:
		'In {year}, annual mean PM2.5 in {city} ({scope}) was {observed}, below the national grade II standard of {limit}.',
	story_pm25_above:
		'In {year}, annual mean PM2.5 in {city} ({scope}) was {observed}, above the national grade II standard of {limit}.',
	story_pm25_at:
		'In {year}, annual mean PM2.5 in {city} ({scope}) was {observed}, equal to the national grade II standard of {limit}.',
	story_pm25_rank:
		'Among the {count} cities of {province} with a {year} figure in this data set, {city} (whole city, {value}) ranks {rank} counting from the lowest (lowest: {lowestCity}, {lowest}; highest: {highestCity}, {highest}).',
	story_three_public_part: 'The largest part is {part} ({stage}): {value}.',
	story_no_three_public: 'This data set holds no three public expenses of this department.',
	story_projects:
		'For {year} this data set holds the self-assessment tables of {count} projects: {executed} executed in total, {rate} of their full-year budgets of {budget}.',
	story_projects_lowest: 'Recomputed from the amounts, the lowest execution rate is “{name}”: {rate}.',
	story_projects_none: 'This data set holds no project self-assessment tables of this department for {year}.',
	story_span_one: 'one year ({year})',
	story_span_many: '{count} years ({first}–{last})',
	story_department_span:
		'This data set holds {span} for this department, from {sources} published documents.',
	story_not_in_dataset: 'not in this data set',
	story_budget_label: '{stage} (no final accounts in this data set)',
	story_empty_chart: 'This data set holds nothing to draw this chart from: {what}.',
	story_empty_import: 'Import published files to add data',
	story_audit_page_one: '{count} published figure on this page does not add up ({link}).',
	story_audit_page_many: '{count} published figures on this page do not add up ({link}).',
	story_audit_department_one: '{count} published figure of this department{when} does not add up ({link}).',
	story_audit_department_many: '{count} published figures of this department{when} do not add up ({link}).',
	story_audit_when: ' for {year}',
	story_audit_link: 'see the audit'
};
