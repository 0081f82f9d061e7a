// The field-by-field checks of a recipe read from JSON: each mistake is reported with the field's
// path (columns[3].meaning), what is wrong and how to fix it; meanings and options per layout.
import { ID_PATTERN, SOURCE_KINDS, YEAR_RANGE, type Bilingual } from '../../model/index';
import type { LayoutId } from '../types';
import { meaningIssue, optionsIssue } from './recipe-meanings';

export const LAYOUT_IDS: readonly LayoutId[] = [
	'standard_income_expenditure_summary',
	'standard_income_by_unit',
	'standard_expenditure_by_function',
	'standard_basic_by_economic_class',
	'standard_three_public',
	'self_assessment_project',
	'self_assessment_department',
	'city_yearbook',
	'nbs_province',
	'contract_table',
	'generic_long',
	'generic_wide'
];

const FIELDS =
	'version layout sheet headerRows firstDataRow lastDataRow unit department year edition stage source columns options';
export const RECIPE_FIELDS: readonly string[] = FIELDS.split(' ');

export type Json = Readonly<Record<string, unknown>>;
export type Report = (field: string, what: Bilingual, fix: Bilingual) => void;

export function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isInt = (value: unknown, min = 1, max = Number.MAX_SAFE_INTEGER): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isYear = (value: unknown): value is number => isInt(value, YEAR_RANGE.min, YEAR_RANGE.max);
const isId = (value: unknown): boolean => typeof value === 'string' && ID_PATTERN.regex.test(value);
const YEARS = `${YEAR_RANGE.min}–${YEAR_RANGE.max}`;

/** What is wrong and the fix, zh then en: [what zh, what en, fix zh, fix en]. */
type Said = readonly [string, string, string, string];

const SAID = {
	version: ['应为 1', 'must be 1', '填写 "version": 1', 'set "version": 1'],
	sheet: [
		'应为工作表名称或 null',
		'must be a sheet name or null',
		'CSV/Parquet 填 null',
		'use null for CSV/Parquet'
	],
	unit: ['应为单位文字或 null', 'must be a unit text or null', '如 "万元"', 'e.g. "万元"'],
	year: [`应为 ${YEARS} 的年份或 null`, `must be a year in ${YEARS} or null`, '如 2022', 'e.g. 2022'],
	edition: [
		`应为 ${YEARS} 的年份或 null`,
		`must be a year in ${YEARS} or null`,
		'年鉴版次 = 数据年度 + 1',
		'a yearbook edition is the data year + 1'
	],
	stage: [
		'应为 budget、final 或 null',
		'must be budget, final or null',
		'预算填 budget，决算填 final',
		'budget or final'
	],
	headerRows: [
		'应为从小到大的行号列表（从 1 起）',
		'must be increasing row numbers (from 1)',
		'如 [4, 5]',
		'e.g. [4, 5]'
	],
	lastDataRow: [
		'应为 null 或不小于 firstDataRow 的行号',
		'must be null or a row number not before firstDataRow',
		'不确定时填 null（读到末尾）',
		'use null to read to the end'
	],
	department: [
		'应为 null 或 { "name_zh": … }',
		'must be null or { "name_zh": … }',
		'填写部门中文全称',
		"give the department's Chinese name"
	],
	id: [
		`应为 ${ID_PATTERN.zh}`,
		`must be ${ID_PATTERN.en}`,
		`如 ${ID_PATTERN.example}`,
		`e.g. ${ID_PATTERN.example}`
	],
	sourceId: [
		`应为 null 或 ${ID_PATTERN.zh}`,
		`must be null or ${ID_PATTERN.en}`,
		'如 cn_city_yearbook_2023',
		'e.g. cn_city_yearbook_2023'
	],
	text: ['应为文字', 'must be text', '填写文字或删去', 'write the text or remove the field'],
	textOrNull: ['应为文字或 null', 'must be text or null', '未知时填 null', 'use null when unknown'],
	missing: ['缺少该字段', 'is missing', '未知时填 null', 'use null when unknown'],
	source: [
		'应为 { "id", "kind", "title_zh" }',
		'must be { "id", "kind", "title_zh" }',
		'未知时各填 null',
		'use null where unknown'
	],
	kind: [
		'不是已知的来源类型',
		'is not a known source kind',
		`改为 null 或 ${SOURCE_KINDS.join('、')} 之一`,
		`use null or one of ${SOURCE_KINDS.join(', ')}`
	],
	columns: [
		'应为列的列表',
		'must be a list of columns',
		'如 [{ "col": 1, "header": "城市", "meaning": "region" }]',
		'e.g. [{ "col": 1, "header": "城市", "meaning": "region" }]'
	],
	column: [
		'应为 { "col", "header", "meaning" }',
		'must be { "col", "header", "meaning" }',
		'每列一项',
		'one entry per column'
	],
	col: ['应为列号（从 1 起）', 'must be a column number (from 1)', 'A 列为 1', 'column A is 1'],
	header: [
		'应为表头文字',
		'must be the header text',
		'照抄该列表头（无表头填 ""）',
		'copy the column header ("" if none)'
	],
	meaning: ['缺少含义', 'is missing', '不需要的列填 "ignore"', 'use "ignore" for columns not needed'],
	columnUnit: ['应为单位文字', 'must be a unit text', '如 "%"，或删去', 'e.g. "%", or remove it'],
	options: [
		'应为键值对象（值为文字、数字、真假或 null）',
		'must be an object of text, number, boolean or null values',
		'如 { "table": "environment" }',
		'e.g. { "table": "environment" }'
	],
	object: [
		'应为 JSON 对象',
		'must be a JSON object',
		'用 npm run import 生成的配方作为起点',
		'start from a recipe printed by npm run import'
	]
} as const satisfies Record<string, Said>;

type SaidKey = keyof typeof SAID;

function said([zh, en, fixZh, fixEn]: Said): [Bilingual, Bilingual] {
	return [
		{ zh, en },
		{ zh: fixZh, en: fixEn }
	];
}

export function reportSaid(report: Report, field: string, key: SaidKey): void {
	report(field, ...said(SAID[key]));
}

function unknownFields(json: Json, allowed: readonly string[], path: string, report: Report): void {
	for (const key of Object.keys(json)) {
		if (allowed.includes(key)) continue;
		const fix: Said = [
			'不是配方字段',
			'is not a recipe field',
			`删去，或改为 ${allowed.join('、')} 之一`,
			`remove it, or use one of ${allowed.join(', ')}`
		];
		report(`${path}${key}`, ...said(fix));
	}
}

function checkRows(json: Json, report: Report): void {
	const rows = Array.isArray(json['headerRows']) ? (json['headerRows'] as unknown[]) : [];
	const numbers = rows.filter((n): n is number => isInt(n));
	const increasing = numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? 0));
	if (rows.length === 0 || numbers.length !== rows.length || !increasing)
		reportSaid(report, 'headerRows', 'headerRows');
	const first = json['firstDataRow'];
	const lastHeader = Math.max(0, ...numbers);
	if (!isInt(first) || first <= lastHeader) {
		const at: Said = [
			'应为表头之后的行号',
			'must be a row number after the header rows',
			`填写大于 ${lastHeader} 的整数`,
			`use an integer above ${lastHeader}`
		];
		report('firstDataRow', ...said(at));
	}
	const last = json['lastDataRow'];
	if (last !== null && !(isInt(last) && isInt(first) && last >= first))
		reportSaid(report, 'lastDataRow', 'lastDataRow');
}

function checkScalars(json: Json, report: Report): void {
	if (json['version'] !== 1) reportSaid(report, 'version', 'version');
	if (!LAYOUT_IDS.includes(json['layout'] as LayoutId)) {
		const layout = String(json['layout']);
		const fix: Said = [
			`“${layout}”不是已知版式`,
			`"${layout}" is not a known layout`,
			`改为 ${LAYOUT_IDS.join('、')} 之一`,
			`use one of ${LAYOUT_IDS.join(', ')}`
		];
		report('layout', ...said(fix));
	}
	if (json['sheet'] !== null && !isText(json['sheet'])) reportSaid(report, 'sheet', 'sheet');
	if (json['unit'] !== null && !isText(json['unit'])) reportSaid(report, 'unit', 'unit');
	if (json['year'] !== null && !isYear(json['year'])) reportSaid(report, 'year', 'year');
	const edition = json['edition'];
	if (edition !== undefined && edition !== null && !isYear(edition)) reportSaid(report, 'edition', 'edition');
	if (![null, 'budget', 'final'].includes(json['stage'] as string | null))
		reportSaid(report, 'stage', 'stage');
}

function checkDepartment(value: unknown, report: Report): void {
	if (value === null) return;
	if (!isObject(value) || !isText(value['name_zh'])) return reportSaid(report, 'department', 'department');
	unknownFields(value, ['name_zh', 'id', 'name_en'], 'department.', report);
	if (value['id'] !== undefined && !isId(value['id'])) reportSaid(report, 'department.id', 'id');
	if (value['name_en'] !== undefined && !isText(value['name_en']))
		reportSaid(report, 'department.name_en', 'text');
}

function checkSource(value: unknown, report: Report): void {
	if (!isObject(value)) return reportSaid(report, 'source', 'source');
	unknownFields(value, ['id', 'kind', 'title_zh', 'title_en', 'publisher_zh'], 'source.', report);
	if (value['id'] !== null && !isId(value['id'])) reportSaid(report, 'source.id', 'sourceId');
	if (value['kind'] !== null && !(SOURCE_KINDS as readonly unknown[]).includes(value['kind']))
		reportSaid(report, 'source.kind', 'kind');
	for (const key of ['title_zh', 'title_en', 'publisher_zh']) {
		const text = value[key];
		if (text !== null && text !== undefined && typeof text !== 'string')
			reportSaid(report, `source.${key}`, 'textOrNull');
	}
	if (value['title_zh'] === undefined) reportSaid(report, 'source.title_zh', 'missing');
}

function checkColumn(column: unknown, path: string, json: Json, seen: Set<number>, report: Report): void {
	if (!isObject(column)) return reportSaid(report, path, 'column');
	unknownFields(column, ['col', 'header', 'meaning', 'unit'], `${path}.`, report);
	const col = column['col'];
	if (!isInt(col)) reportSaid(report, `${path}.col`, 'col');
	else if (seen.has(col)) {
		report(
			`${path}.col`,
			...said([
				`第 ${col} 列出现两次`,
				`column ${col} appears twice`,
				'每列只写一项',
				'list each column once'
			])
		);
	} else seen.add(col);
	if (typeof column['header'] !== 'string') reportSaid(report, `${path}.header`, 'header');
	if (column['unit'] !== undefined && !isText(column['unit']))
		reportSaid(report, `${path}.unit`, 'columnUnit');
	const meaning = column['meaning'];
	if (!isText(meaning)) return reportSaid(report, `${path}.meaning`, 'meaning');
	const layout = json['layout'] as LayoutId;
	const options = isObject(json['options']) ? json['options'] : undefined;
	const issue = LAYOUT_IDS.includes(layout) ? meaningIssue(layout, meaning, options) : null;
	if (issue !== null) report(`${path}.meaning`, issue.what, issue.fix);
}

function checkColumnsAndOptions(json: Json, report: Report): void {
	const columns = json['columns'];
	if (!Array.isArray(columns)) reportSaid(report, 'columns', 'columns');
	else {
		const seen = new Set<number>();
		columns.forEach((column, i) => checkColumn(column, `columns[${i}]`, json, seen, report));
	}
	const options = json['options'];
	const plain = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
	if (options !== undefined && !(isObject(options) && Object.values(options).every(plain))) {
		return reportSaid(report, 'options', 'options');
	}
	if (!LAYOUT_IDS.includes(json['layout'] as LayoutId)) return;
	const issue = optionsIssue(json['layout'] as LayoutId, options as Json | undefined);
	if (issue !== null) report('options.table', issue.what, issue.fix);
}

/** Every check of a recipe object, reported one by one in field order. */
export function checkRecipe(json: Json, report: Report): void {
	unknownFields(json, RECIPE_FIELDS, '', report);
	checkScalars(json, report);
	checkRows(json, report);
	checkDepartment(json['department'], report);
	checkSource(json['source'], report);
	checkColumnsAndOptions(json, report);
}
