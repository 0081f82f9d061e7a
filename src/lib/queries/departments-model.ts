import { figureOf, type Figure } from './figures';
import { HEADLINE_LINES, headlineRows } from './spending';
import { sortColumns } from './spending-model';
import type { Query, QueryRunner, Row } from './query';

export type HeadlineLine = (typeof HEADLINE_LINES)[number];

/** A headline figure with the year and stage it is for, so side-by-side cells always say both. */
export interface HeadlineFigure {
	year: number;
	stage: string;
	figure: Figure;
}

/** department → line → its figures, by year then stage. */
export type Headlines = Record<string, Partial<Record<HeadlineLine, HeadlineFigure[]>>>;

export function shapeHeadlines(rows: Row[]): Headlines {
	const out: Headlines = {};
	for (const row of rows) {
		const figure = figureOf(row);
		const line = String(row.line_id) as HeadlineLine;
		if (!figure || !(HEADLINE_LINES as readonly string[]).includes(line)) continue;
		const department = (out[String(row.department_id)] ??= {});
		(department[line] ??= []).push({ year: Number(row.fiscal_year), stage: String(row.stage), figure });
	}
	for (const department of Object.values(out))
		for (const line of HEADLINE_LINES) {
			const list = department[line];
			if (list) department[line] = sortColumns(list);
		}
	return out;
}

export async function loadHeadlines(run: QueryRunner): Promise<Headlines> {
	return shapeHeadlines(await run(headlineRows()));
}

/** Where a department is and at which level of government. */
export interface DepartmentDetails {
	department_id: string;
	region_zh: string;
	region_en: string;
	level: string;
}

export function departmentDetails(): Query {
	return {
		sql: `SELECT department_id, region_zh, region_en, level FROM departments ORDER BY department_id`,
		params: []
	};
}

export async function loadDepartmentDetails(run: QueryRunner): Promise<Record<string, DepartmentDetails>> {
	const rows = await run(departmentDetails());
	return Object.fromEntries(
		rows.map((r) => [
			String(r.department_id),
			{
				department_id: String(r.department_id),
				region_zh: String(r.region_zh),
				region_en: String(r.region_en),
				level: String(r.level)
			}
		])
	);
}
