import type { Locale } from '$lib/i18n/locales';

/**
 * Example queries for the SQL console, each answering a real question about the data. The SQL is
 * the same in both languages except for comments and column aliases; values that we compute
 * (year-on-year change, recomputed execution rate, distance to the limit) are named as such.
 */
export interface SqlExample {
	id: 'three_public_yoy' | 'project_execution' | 'pm25_vs_standard';
	title: Record<Locale, string>;
	sql: Record<Locale, string>;
}

const threePublic = (l: { comment: string; year: string; budget: string; final: string; yoy: string }) =>
	`-- ${l.comment}
WITH tp AS (
  SELECT fiscal_year, stage, amount_wan AS amount
  FROM spending
  WHERE department_id = 'hengyang_eeb' AND line_id = 'three_public' AND is_primary
)
SELECT f.fiscal_year AS "${l.year}",
       b.amount AS "${l.budget}",
       f.amount AS "${l.final}",
       round(100 * (f.amount - prev.amount) / prev.amount, 1) AS "${l.yoy}"
FROM tp f
LEFT JOIN tp b ON b.fiscal_year = f.fiscal_year AND b.stage = 'budget_initial'
LEFT JOIN tp prev ON prev.fiscal_year = f.fiscal_year - 1 AND prev.stage = 'final'
WHERE f.stage = 'final'
ORDER BY f.fiscal_year;`;

const projects = (l: {
	comment: string;
	nameColumn: 'name_zh' | 'name_en';
	name: string;
	budget: string;
	executed: string;
	stated: string;
	recomputed: string;
	gap: string;
}) =>
	`-- ${l.comment}
SELECT ${l.nameColumn} AS "${l.name}",
       budget_full_year_wan AS "${l.budget}",
       executed_wan AS "${l.executed}",
       execution_rate_stated AS "${l.stated}",
       round(100 * executed / budget_full_year, 1) AS "${l.recomputed}",
       round(round(100 * executed / budget_full_year, 1) - execution_rate_stated, 1) AS "${l.gap}"
FROM projects
WHERE department_id = 'hengyang_eeb' AND fiscal_year = 2022 AND is_primary
ORDER BY "${l.recomputed}", "${l.name}";`;

const pm25 = (l: {
	comment: string;
	region: string;
	scope: string;
	year: string;
	observed: string;
	limit: string;
	over: string;
	meets: string;
	derivation: string;
}) =>
	`-- ${l.comment}
WITH grade_ii AS (
  SELECT value FROM environment
  WHERE indicator = 'pm25' AND measure = 'limit' AND scope = 'national_standard' AND is_primary
)
SELECT e.region_id AS "${l.region}", e.scope AS "${l.scope}", e.year AS "${l.year}",
       e.value AS "${l.observed}",
       g.value AS "${l.limit}",
       e.value - g.value AS "${l.over}",
       e.value <= g.value AS "${l.meets}",
       e.derivation AS "${l.derivation}", e.source_id
FROM environment e, grade_ii g
WHERE e.indicator = 'pm25' AND e.measure = 'observed' AND e.period = 'year' AND e.is_primary
ORDER BY e.region_id, e.scope, e.year;`;

export const SQL_EXAMPLES: readonly SqlExample[] = [
	{
		id: 'three_public_yoy',
		title: {
			'zh-CN': '三公经费：预算、决算与同比',
			en: 'Three public expenses: budget, final and year on year'
		},
		sql: {
			'zh-CN': threePublic({
				comment: '衡阳市生态环境局三公经费（万元）：年初预算数、决算数，决算同比为推算值',
				year: '年度',
				budget: '年初预算数（万元）',
				final: '决算数（万元）',
				yoy: '决算同比%（推算）'
			}),
			en: threePublic({
				comment:
					'Hengyang bureau, three public expenses (CNY 10k): initial budget, final; year on year is derived',
				year: 'year',
				budget: 'initial budget (CNY 10k)',
				final: 'final (CNY 10k)',
				yoy: 'final yoy % (derived)'
			})
		}
	},
	{
		id: 'project_execution',
		title: { 'zh-CN': '项目执行率：报告所述与重新计算', en: 'Project execution rate: stated and recomputed' },
		sql: {
			'zh-CN': projects({
				comment: '2022年项目按执行率排序（最低在前）：报告所述执行率与 执行数÷全年预算数 重新计算（推算）',
				nameColumn: 'name_zh',
				name: '项目',
				budget: '全年预算数（万元）',
				executed: '全年执行数（万元）',
				stated: '执行率%（报告所述）',
				recomputed: '执行率%（推算）',
				gap: '相差（百分点）'
			}),
			en: projects({
				comment:
					'2022 projects by execution rate, lowest first: the rate as stated and recomputed as executed ÷ full-year budget (derived)',
				nameColumn: 'name_en',
				name: 'project',
				budget: 'full-year budget (CNY 10k)',
				executed: 'executed (CNY 10k)',
				stated: 'execution rate % (stated)',
				recomputed: 'execution rate % (recomputed)',
				gap: 'difference (percentage points)'
			})
		}
	},
	{
		id: 'pm25_vs_standard',
		title: {
			'zh-CN': 'PM2.5 与国家二级标准（按范围）',
			en: 'PM2.5 against the national grade II standard, by scope'
		},
		sql: {
			'zh-CN': pm25({
				comment: 'PM2.5 年均浓度（µg/m³）与国家二级标准（GB 3095-2012）对比，各范围分列，不合并',
				region: '地区',
				scope: '范围',
				year: '年度',
				observed: 'PM2.5（µg/m³）',
				limit: '二级标准（µg/m³）',
				over: '超出标准（推算）',
				meets: '达标',
				derivation: '来源类型'
			}),
			en: pm25({
				comment:
					'PM2.5 annual mean (µg/m³) against the national grade II standard (GB 3095-2012), each scope apart',
				region: 'region',
				scope: 'scope',
				year: 'year',
				observed: 'PM2.5 (µg/m³)',
				limit: 'grade II standard (µg/m³)',
				over: 'above the standard (derived)',
				meets: 'meets the standard',
				derivation: 'derivation'
			})
		}
	}
];
