import { describe, expect, it } from 'vitest';
import { projectFundingChart, type ProjectFundingPoint } from './projects';

// 附件3 表1 and 表6 with the 附件1 final of the same lines (9.97 vs 9.97; 25 vs 15.23).
const points: ProjectFundingPoint[] = [
	{ label: '排污权交易中心工作经费', budgetFullYear: 10, executed: 9.97, lineFinal: 9.97, flagged: true },
	{
		label: '重点污染源监控中心运行维护费',
		budgetFullYear: 25,
		executed: 25,
		lineFinal: 15.23,
		flagged: false
	},
	{ label: '无附件1科目', budgetFullYear: 5, executed: null, lineFinal: null, flagged: false }
];

type Option = {
	series: { name: string; type: string; data: (number | null)[]; itemStyle: { decal?: unknown } }[];
	yAxis: { data: string[]; inverse: boolean };
	xAxis: { name: string };
	tooltip: { renderMode: string };
};

const option = projectFundingChart(points, {
	locale: 'zh-CN',
	title: '项目资金',
	unit: '万元',
	seriesLabels: {
		budgetFullYear: '全年预算数（附件3）',
		executed: '全年执行数（附件3）',
		lineFinal: '决算数（附件1）'
	},
	flagMark: '⚠ '
}) as Option;

describe('project funding chart', () => {
	it('keeps 附件3 and 附件1 amounts as separate series, blanks blank', () => {
		expect(option.series.map((s) => [s.name, s.data])).toEqual([
			['全年预算数（附件3）', [10, 25, 5]],
			['全年执行数（附件3）', [9.97, 25, null]],
			['决算数（附件1）', [9.97, 15.23, null]]
		]);
		expect(option.series.every((s) => s.type === 'bar' && s.itemStyle.decal)).toBe(true);
	});
	it('marks a flagged project in its label (not by colour alone), first project on top', () => {
		expect(option.yAxis.data).toEqual([
			'⚠ 排污权交易中心工作经费',
			'重点污染源监控中心运行维护费',
			'无附件1科目'
		]);
		expect(option.yAxis.inverse).toBe(true);
		expect(option.xAxis.name).toBe('万元');
		expect(option.tooltip.renderMode).toBe('richText');
	});
});
