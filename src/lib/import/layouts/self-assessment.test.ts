import { describe, expect, it } from 'vitest';
import { fnv8 } from '../ids';
import { selfAssessmentDepartment } from './self-assessment-department';
import { statedValue } from './self-assessment-indicators';
import { selfAssessmentProject } from './self-assessment-project';
import { columnsOf, gridSheet, readWith, testContext } from './standard-fixtures.test-helper';

const INDICATOR_COLUMNS = [
	'row_no',
	'level1_zh',
	'level1_weight_stated',
	'level2_zh',
	'level3_zh',
	'target_text',
	'target_value',
	'target_unit',
	'target_comparator',
	'actual_value',
	'actual_unit',
	'weight',
	'score',
	'deviation_note'
];

describe('statedValue', () => {
	it('reads the one number of a target or actual text, its unit and comparator', () => {
		expect(statedValue('≥95%')).toEqual({ value: '95', unit: '%', comparator: '>=' });
		expect(statedValue('不少于4次')).toEqual({ value: '4', unit: '次', comparator: '>=' });
		expect(statedValue('95%以上')).toEqual({ value: '95', unit: '%', comparator: '>=' });
		expect(statedValue('≤35微克/立方米')).toEqual({ value: '35', unit: '微克/立方米', comparator: '<=' });
		expect(statedValue('31')).toEqual({ value: '31', unit: '', comparator: '=' });
		expect(statedValue('低于5%')).toEqual({ value: '5', unit: '%', comparator: '' });
		expect(statedValue('PM10、PM2.5平均浓度为49、31')).toBeNull();
		expect(statedValue('按期完成')).toBeNull();
	});
});

describe('self_assessment_project: 项目支出绩效自评表', () => {
	const file = 'hy_2022_project.csv';
	const sheet = gridSheet(
		file,
		`
项目支出绩效自评表||||||||
（2022年度）||||||||
项目名称|排污权交易中心工作经费|||||||
主管部门|衡阳市人民政府|||实施单位|衡阳市生态环境局|||
项目资金（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分|
|年度资金总额|10|10|9.97|10|99.7%|10|
|其中：当年财政拨款|10|10|9.97|—|—|—|
|上年结转资金||||—|—|—|
|其他资金||||—|—|—|
年度总体目标|预期目标|||实际完成情况||||
|完成全年排污权有偿使用费征缴任务|||完成征缴任务，开展二级市场交易||||
绩效指标|一级指标|二级指标|三级指标|指标值|实际完成值|分值|得分|偏差原因分析及改进措施
|产出指标(50分)|数量指标|征缴任务完成率|≥95%|98%|20|20|
|||交易场次|不少于4次|5次|10|10|
||质量指标|数据准确率|100%|100%|20|18|个别数据延迟上报
|效益指标|社会效益指标|企业满意度|≥90%|92%|30|30|
总分||||||100|98|
`
	);

	it('asks which department the project belongs to, naming what the form prints', () => {
		const context = testContext(file);
		const { fit, apply } = readWith(selfAssessmentProject, sheet, context);
		expect(fit?.score).toBe(0.95);
		expect(selfAssessmentDepartment.recognise(sheet, context)).toBeNull();
		const result = apply();
		expect(result.problems.map((p) => p.code)).toEqual(['department_unknown']);
		expect(result.problems[0]?.message.zh).toContain('主管部门 衡阳市人民政府；实施单位 衡阳市生态环境局');
		expect(result.rows).toEqual({});
	});

	it('writes the projects row and one indicators row per 三级指标, in table order', () => {
		const context = testContext(file, { department: '衡阳市生态环境局' });
		const { fit, apply } = readWith(selfAssessmentProject, sheet, context);
		expect(fit?.recipe).toMatchObject({ headerRows: [5, 10, 12], firstDataRow: 3, year: 2022, unit: '万元' });
		const result = apply();
		expect(result.problems).toEqual([]);
		expect(result.counts).toEqual({ read: 12, imported: 5, rejected: 0, skipped: 7 });
		const projectId = `p_${fnv8('排污权交易中心工作经费')}`;
		expect(result.rows.projects).toEqual([
			{
				department_id: 'hengyang_eeb',
				fiscal_year: '2022',
				project_id: projectId,
				line_id: '',
				name_zh: '排污权交易中心工作经费',
				name_en: '排污权交易中心工作经费',
				competent_dept_zh: '衡阳市人民政府',
				implementing_dept_zh: '衡阳市生态环境局',
				budget_initial: '10',
				budget_full_year: '10',
				executed: '9.97',
				execution_rate_stated: '99.7',
				funding_weight: '10',
				funding_score: '10',
				unit: '万元',
				total_weight_stated: '100',
				total_score_stated: '98',
				goal_zh: '完成全年排污权有偿使用费征缴任务',
				outcome_zh: '完成征缴任务，开展二级市场交易',
				is_primary: 'true',
				source_id: 'src_test',
				locator: `${file} / R6`,
				excerpt: '年度资金总额 … 10 … 10 … 9.97 … 10 … 99.7% … 10'
			}
		]);
		expect(columnsOf(result.rows.indicators, INDICATOR_COLUMNS)).toEqual([
			[
				'1',
				'产出指标',
				'50',
				'数量指标',
				'征缴任务完成率',
				'≥95%',
				'95',
				'%',
				'>=',
				'98',
				'%',
				'20',
				'20',
				''
			],
			[
				'2',
				'产出指标',
				'50',
				'数量指标',
				'交易场次',
				'不少于4次',
				'4',
				'次',
				'>=',
				'5',
				'次',
				'10',
				'10',
				''
			],
			[
				'3',
				'产出指标',
				'50',
				'质量指标',
				'数据准确率',
				'100%',
				'100',
				'%',
				'=',
				'100',
				'%',
				'20',
				'18',
				'个别数据延迟上报'
			],
			['4', '效益指标', '', '社会效益指标', '企业满意度', '≥90%', '90', '%', '>=', '92', '%', '30', '30', '']
		]);
		expect(result.rows.indicators?.[2]).toMatchObject({
			project_id: projectId,
			level1_en: 'output indicators',
			level2_en: 'quality indicators',
			locator: `${file} / R15`,
			excerpt: '数据准确率 … 100% … 100%'
		});
	});
});

describe('self_assessment_department: 部门整体支出绩效自评表', () => {
	const file = 'hy_2022_department.csv';
	const sheet = gridSheet(
		file,
		`
部门整体支出绩效自评表||||||||
（2022年度）||||||||
部门名称|衡阳市生态环境局|||||||
年度预算资金（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分|
|年度资金总额|1914.72|3855.37|3855.37|10|100%|10|
|按收入性质分：||||||||
年度总体目标|预期目标|||实际完成情况||||
|改善环境质量|||空气质量优良率达到90.1%||||
绩效指标|一级指标|二级指标|三级指标|指标值|实际完成值|分值|得分|偏差原因分析及改进措施
|产出指标|数量指标|PM2.5平均浓度|≤35微克/立方米|31微克/立方米|10|10|无
||质量指标|地表水考核断面水质优良率|100%|100%|10|1O|无
`
	);

	it('takes the department from 部门名称 and writes indicators with an empty project_id', () => {
		const context = testContext(file);
		const { fit, apply } = readWith(selfAssessmentDepartment, sheet, context);
		expect(selfAssessmentProject.recognise(sheet, context)).toBeNull();
		expect(fit?.recipe.department).toEqual({ name_zh: '衡阳市生态环境局' });
		const result = apply();
		expect(result.counts).toEqual({ read: 6, imported: 1, rejected: 1, skipped: 4 });
		expect(result.problems.map((p) => [p.code, p.place.row, p.place.col])).toEqual([['not_a_number', 11, 8]]);
		expect(columnsOf(result.rows.indicators, ['project_id', ...INDICATOR_COLUMNS])).toEqual([
			[
				'',
				'1',
				'产出指标',
				'',
				'数量指标',
				'PM2.5平均浓度',
				'≤35微克/立方米',
				'35',
				'微克/立方米',
				'<=',
				'31',
				'微克/立方米',
				'10',
				'10',
				'无'
			]
		]);
		expect(result.rows.projects).toBeUndefined();
	});
});
