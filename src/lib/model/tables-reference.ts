import { DEPARTMENT_ID, ID_PATTERN, PARTIAL_DATE_PATTERN, YEAR_RANGE } from './columns';
import { DEPARTMENT_LEVELS, REGION_IDS, SOURCE_KINDS } from './enums';
import { col, table } from './schema';

export const SOURCES = table({
	name: 'sources',
	zh: '来源文件：每个数字读自的公开文件',
	en: 'Source documents every figure was read from',
	preferredFormat: 'csv',
	primaryKey: ['source_id'],
	rules: [],
	columns: [
		col({
			name: 'source_id',
			type: 'text',
			pattern: ID_PATTERN,
			zh: '来源标识',
			en: 'Source id'
		}),
		col({ name: 'title_zh', type: 'text', zh: '标题（中文）', en: 'Title in Chinese' }),
		col({ name: 'title_en', type: 'text', zh: '标题（英文）', en: 'Title in English' }),
		col({ name: 'publisher_zh', type: 'text', zh: '发布单位（中文）', en: 'Publisher in Chinese' }),
		col({ name: 'publisher_en', type: 'text', zh: '发布单位（英文）', en: 'Publisher in English' }),
		col({
			...DEPARTMENT_ID,
			nullable: true,
			zh: '文件所述部门',
			en: 'Department the document is about'
		}),
		col({
			name: 'fiscal_year',
			type: 'int',
			nullable: true,
			range: YEAR_RANGE,
			zh: '数据所属年度',
			en: 'Year the figures describe'
		}),
		col({
			name: 'published_on',
			type: 'text',
			pattern: PARTIAL_DATE_PATTERN,
			nullable: true,
			zh: '发布日期（YYYY-MM-DD、YYYY-MM 或 YYYY；来源未载明时留空）',
			en: 'Publication date, as precise as known (YYYY-MM-DD, YYYY-MM or YYYY)'
		}),
		col({
			name: 'kind',
			type: 'text',
			values: SOURCE_KINDS,
			zh: '文件类型',
			en: 'Kind of document'
		}),
		col({
			name: 'location',
			type: 'text',
			zh: '读者可在何处找到（网站 / 文件系列）',
			en: 'Where a reader finds it (site name / document series)'
		}),
		col({ name: 'note', type: 'text', nullable: true, zh: '备注', en: 'Note' })
	]
});

export const DEPARTMENTS = table({
	name: 'departments',
	zh: '部门',
	en: 'Departments',
	preferredFormat: 'csv',
	primaryKey: ['department_id'],
	rules: [{ kind: 'exactly_one_true', column: 'is_primary' }],
	columns: [
		col({
			name: 'department_id',
			type: 'text',
			pattern: ID_PATTERN,
			zh: '部门标识',
			en: 'Department id'
		}),
		col({ name: 'name_zh', type: 'text', zh: '部门名称（中文）', en: 'Name in Chinese' }),
		col({ name: 'name_en', type: 'text', zh: '部门名称（英文）', en: 'Name in English' }),
		col({ name: 'region_zh', type: 'text', zh: '所在地区（中文）', en: 'Region in Chinese' }),
		col({ name: 'region_en', type: 'text', zh: '所在地区（英文）', en: 'Region in English' }),
		col({
			name: 'region_id',
			type: 'text',
			nullable: true,
			values: REGION_IDS,
			zh: '环境数据所属地区（environment.region_id），无则留空',
			en: 'Region whose environment figures belong with this department (environment.region_id), if any'
		}),
		col({
			name: 'level',
			type: 'text',
			values: DEPARTMENT_LEVELS,
			zh: '行政层级',
			en: 'Administrative level'
		}),
		col({
			name: 'is_primary',
			type: 'bool',
			zh: '是否为默认展示部门（仅一个为 true）',
			en: "The dashboard's default department (exactly one is true)"
		})
	]
});
