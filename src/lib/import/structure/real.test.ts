import { describe, expect, it } from 'vitest';
import { headRows } from '../sheet';
import { tableStructure } from './index';
import { HAVE_STANDARD_TABLES, REAL_FILES, SKIP_MESSAGE, realSheet } from './real-files.test-helper';

const structureOf = async (file: string) => tableStructure(headRows(await realSheet(file), 200));

describe.skipIf(!HAVE_STANDARD_TABLES)(
	`table structure of the real standard tables${HAVE_STANDARD_TABLES ? '' : ` (${SKIP_MESSAGE})`}`,
	() => {
		it('收支总表: two-sided header over two rows, data from row 3 to 14', async () => {
			const s = await structureOf(REAL_FILES.summary);
			expect(s.title.rows).toEqual([]);
			expect(s.header).toEqual({
				rows: [1, 2],
				firstDataRow: 3,
				columns: ['收 入 / 项 目', '收 入 / 预算数', '支 出 / 项 目', '支 出 / 预算数']
			});
			expect(s.lastDataRow).toBe(14);
		});

		it('收入总表 by unit: three header rows, 19 columns joined with groups filled', async () => {
			const s = await structureOf(REAL_FILES.byUnit);
			expect(s.header?.rows).toEqual([1, 2, 3]);
			expect(s.header?.firstDataRow).toBe(4);
			expect(s.header?.columns).toEqual([
				'单位名称',
				'合计',
				'上年结转 / 小计',
				'上年结转 / 一般公共预算结转资金',
				'上年结转 / 政府性基金预算结转资金',
				'上年结转 / 国有资本经营预算结转资金',
				'上年结转 / 财政专户管理资金',
				'上年结转 / 其他资金',
				'本年收入 / 小计',
				'本年收入 / 一般公共预算拨款',
				'本年收入 / 政府性基金预算拨款',
				'本年收入 / 国有资本经营预算拨款',
				'本年收入 / 事业收入 / 金额',
				'本年收入 / 事业收入 / 其中:财政专户',
				'本年收入 / 事业单位经营收入',
				'本年收入 / 上级补助收入',
				'本年收入 / 附属单位上缴收入',
				'本年收入 / 其他收入',
				'使用非财政拨款结余'
			]);
		});

		it('支出总表: one header row, data from the 合计 row', async () => {
			const s = await structureOf(REAL_FILES.byFunction);
			expect(s.header?.rows).toEqual([1]);
			expect(s.header?.firstDataRow).toBe(2);
			expect(s.header?.columns.slice(0, 5)).toEqual([
				'科目编码',
				'科目名称/单位名称',
				'合计',
				'基本支出',
				'项目支出'
			]);
			expect(s.lastDataRow).toBe(6);
		});

		it('三公 tables: title and unit rows, a one-row header, data from 合计', async () => {
			for (const file of [REAL_FILES.dazhou, REAL_FILES.dazhu]) {
				const s = await structureOf(file);
				expect(s.title.rows).toEqual([1, 2]);
				expect(s.title.unit).toBe('万元');
				expect(s.title.year).toBe(2014);
				expect(s.title.stage).toBe('budget');
				expect(s.title.department).toBeNull();
				expect(s.header?.rows).toEqual([3]);
				expect(s.header?.firstDataRow).toBe(4);
				expect(s.lastDataRow).toBe(9);
			}
		});
	}
);
