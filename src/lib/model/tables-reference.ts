import {
	DEPARTMENT_ID,
	ID_PATTERN,
	PARTIAL_DATE_PATTERN,
	REGION_CODE_PATTERN,
	REGION_ID,
	URL_PATTERN,
	YEAR_RANGE
} from './columns';
import { DEPARTMENT_LEVELS, REGION_LEVELS, SOURCE_KINDS } from './enums';
import { col, table } from './schema';

export const SOURCES = table({
	name: 'sources',
	zh: '来源文件：每个数字读自的公开文件',
	en: 'Source documents every figure was read from',
	partitionBy: [],
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
			name: 'edition',
			type: 'int',
			nullable: true,
			range: YEAR_RANGE,
			zh: '年鉴的版次年份（《中国城市统计年鉴2023》→ 2023；数据年度见 fiscal_year）',
			en: "A yearbook's edition year (China City Statistical Yearbook 2023 → 2023; the data year is fiscal_year)"
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
		col({
			name: 'url',
			type: 'text',
			nullable: true,
			pattern: URL_PATTERN,
			zh: '文件的网址（如有）',
			en: 'Web address of the document, if any'
		}),
		col({
			name: 'file_name',
			type: 'text',
			nullable: true,
			zh: '导入的文件名（由导入工具填写）',
			en: 'Name of the imported file (filled by the importer)'
		}),
		col({ name: 'note', type: 'text', nullable: true, zh: '备注', en: 'Note' })
	]
});

export const REGIONS = table({
	name: 'regions',
	zh: '地区：国家、省、地级、县级与市辖区',
	en: 'Regions: the country, provinces, prefectures, counties and districts',
	partitionBy: [],
	primaryKey: ['region_id'],
	rules: [],
	columns: [
		col({
			name: 'region_id',
			type: 'text',
			pattern: ID_PATTERN,
			zh: '地区标识',
			en: 'Region id'
		}),
		col({
			name: 'code',
			type: 'text',
			nullable: true,
			pattern: REGION_CODE_PATTERN,
			zh: '行政区划代码（GB/T 2260，如有）',
			en: 'Administrative division code (GB/T 2260), where known'
		}),
		col({ name: 'name_zh', type: 'text', zh: '名称（中文）', en: 'Name in Chinese' }),
		col({ name: 'name_en', type: 'text', zh: '名称（英文）', en: 'Name in English' }),
		col({
			name: 'level',
			type: 'text',
			values: REGION_LEVELS,
			zh: '行政层级',
			en: 'Administrative level'
		}),
		col({
			name: 'parent_region_id',
			type: 'text',
			nullable: true,
			references: { table: 'regions', column: 'region_id' },
			zh: '上级地区（regions.region_id），国家留空',
			en: 'The region it belongs to (regions.region_id); empty for the country'
		})
	]
});

export const DEPARTMENTS = table({
	name: 'departments',
	zh: '部门',
	en: 'Departments',
	partitionBy: [],
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
			...REGION_ID,
			nullable: true,
			zh: '环境与财政数据所属地区（regions.region_id），数据中没有则留空',
			en: 'Region whose environment and finance figures belong with this department (regions.region_id); empty when the data hold none'
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
