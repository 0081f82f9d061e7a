import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/fixtures/data/load-fixture';
import { decodeCsvBytes, formatProblems, validateDataset } from './validate';

function problemsOf(fixture: string, lang: 'en' | 'zh-CN' = 'en'): string[] {
	return formatProblems(validateDataset(loadFixture(fixture)), lang);
}

function reportOf(fixture: string, table: string) {
	return validateDataset(loadFixture(fixture)).files.find((file) => file.table === table);
}

describe('validateDataset on the valid fixture set', () => {
	it('finds no problem and loads every row', () => {
		const result = validateDataset(loadFixture('valid'));
		expect(formatProblems(result, 'en')).toEqual([]);
		expect(result.ok).toBe(true);
		for (const file of result.files) {
			expect(file.rowsLoaded).toBe(file.rowsRead);
			expect(file.rowsRejected + file.rowsSkipped).toBe(0);
		}
		expect(result.tables.get('spending')?.rows).toHaveLength(6);
	});

	it('keeps the decimals as written', () => {
		const rows = validateDataset(loadFixture('valid')).tables.get('spending')?.rows ?? [];
		const emission = rows.find((row) => row.values['line_id'] === 'project_business_emission_trading');
		expect(emission?.values['amount']).toBe(50);
		expect(emission?.decimals['amount']).toBe(2);
		expect(emission?.decimals['share_pct_stated']).toBeNull();
	});
});

describe('bad-number', () => {
	it('explains each malformed number with its fix', () => {
		expect(problemsOf('bad-number')).toEqual([
			'bad-number/spending.csv:3:10 (amount): "1,234.50" is not a number — write digits with a decimal point and no thousands separator, e.g. 1234.50',
			'bad-number/spending.csv:4:12 (share_pct_stated): "41.55%" is not a number — write the number without the % sign, e.g. 41.55; this column is in %',
			'bad-number/spending.csv:5:10 (amount): "２９６６.９４" is written with full-width characters — write ASCII (half-width) digits, e.g. 2966.94',
			'bad-number/spending.csv:6:12 (share_pct_stated): "—" is a placeholder, not a number — leave the cell empty (empty = null)',
			'bad-number/spending.csv:7:10 (amount): "50.00万元" has text after the number — write only the number, e.g. 50.00; put the unit in the unit column',
			'bad-number/spending.csv:8:2 (fiscal_year): "2022.0" is not a whole number — write digits only, without a decimal point, e.g. 2022',
			'bad-number/spending.csv:9:10 (amount): " 50.00" has spaces around it — remove the spaces: 50.00'
		]);
	});

	it('has the same problems in Chinese', () => {
		const lines = problemsOf('bad-number', 'zh-CN');
		expect(lines).toContain(
			'bad-number/spending.csv:3:10 (amount): “1,234.50” 不是数字 — 去掉千位分隔符，只写数字和小数点，例如 1234.50'
		);
		expect(lines).toContain(
			'bad-number/spending.csv:6:12 (share_pct_stated): “—” 是占位符，不是数字 — 留空即可（空单元格 = 无数据）'
		);
	});

	it('counts rows read = loaded + rejected + skipped', () => {
		expect(reportOf('bad-number', 'spending')).toMatchObject({
			rowsRead: 8,
			rowsLoaded: 1,
			rowsRejected: 7,
			rowsSkipped: 0
		});
	});
});

describe('unknown-enum', () => {
	it('suggests the allowed value or lists them', () => {
		expect(problemsOf('unknown-enum')).toEqual([
			'unknown-enum/spending.csv:3:9 (stage): "Final" is not an allowed value — write "final" (allowed: budget_initial, budget_full_year, budget, budget_application, final)',
			'unknown-enum/spending.csv:4:11 (unit): "万" is not an allowed value — use one of: 万元, 亿元, 元',
			'unknown-enum/environment.csv:2:9 (unit): "ug/m3" is not an allowed value — use one of: µg/m³, mg/m³, %, index, days, count, rank'
		]);
	});
});

describe('missing-required', () => {
	it('names the missing value and how to fill it', () => {
		expect(problemsOf('missing-required')).toEqual([
			'missing-required/spending.csv:3:10 (amount): required value is missing — write the published number (a figure the source leaves blank is not a row: remove the row instead)',
			'missing-required/spending.csv:4:6 (line_zh): required value is missing — fill it in: Line label as published',
			'missing-required/spending.csv:6:15 (is_primary): required value is missing — write true or false'
		]);
	});
});

describe('references', () => {
	it('dangling-source: source_id and department_id must exist', () => {
		expect(problemsOf('dangling-source')).toEqual([
			'dangling-source/staffing.csv:2:6 (source_id): "hy_eeb_2021_self_assessment" is not a source_id in valid/sources.csv — add it to valid/sources.csv, or correct the id',
			'dangling-source/staffing.csv:3:1 (department_id): "hengyang" is not a department_id in valid/departments.csv — add it to valid/departments.csv, or correct the id'
		]);
	});

	it('dangling-parent: parent_line_id must be a line of the same department, not the row itself', () => {
		expect(problemsOf('dangling-parent')).toEqual([
			"dangling-parent/spending.csv:3:4 (parent_line_id): parent_line_id equals this row's line_id — write the parent's line_id, or leave it empty",
			'dangling-parent/spending.csv:6:4 (parent_line_id): "basics" is not a line_id in dangling-parent/spending.csv for department_id=hengyang_eeb — add it to dangling-parent/spending.csv, or correct the id'
		]);
	});

	it('dangling-project: projects.line_id → spending, indicators.project_id → projects of the same year', () => {
		expect(problemsOf('dangling-project')).toEqual([
			'dangling-project/projects.csv:2:4 (line_id): "project_business_emission" is not a line_id in valid/spending.csv for department_id=hengyang_eeb — add it to valid/spending.csv, or correct the id',
			'dangling-project/indicators.csv:4:3 (project_id): "emission_trading_center" is not a project_id in dangling-project/projects.csv for department_id=hengyang_eeb, fiscal_year=2021 — add it to dangling-project/projects.csv, or correct the id'
		]);
	});
});

describe('keys and primary rows', () => {
	it('duplicate-key: reports the repeated key and the first line', () => {
		expect(problemsOf('duplicate-key')).toEqual([
			'duplicate-key/indicators.csv:4: duplicate key (department_id=hengyang_eeb, fiscal_year=2022, project_id=, row_no=1, source_id=hy_eeb_2022_self_assessment, locator=附件2 / 产出指标 / 空气质量优良天数比率): same as line 2 — correct the key so it is unique, or remove one of the two rows',
			'duplicate-key/staffing.csv:4: duplicate key (department_id=hengyang_eeb, fiscal_year=2022, metric=authorised_total, source_id=hy_eeb_2022_self_assessment, locator=正文 一(二) 人员编制 ¶1): same as line 2 — correct the key so it is unique, or remove one of the two rows'
		]);
	});

	it('two-primaries: exactly one primary department and one primary row per group', () => {
		expect(problemsOf('two-primaries')).toEqual([
			'two-primaries/departments.csv:3:8 (is_primary): more than one row has is_primary = true: line 2 is also primary — set is_primary to false on all but one of them',
			'two-primaries/spending.csv:5:15 (is_primary): more than one row has is_primary = true for department_id=hengyang_eeb, fiscal_year=2022, line_id=basic, stage=final: line 3 is also primary — set is_primary to false on all but one of them',
			'two-primaries/spending.csv:8:15 (is_primary): no row has is_primary = true for department_id=hengyang_eeb, fiscal_year=2022, line_id=total, stage=budget (line 8) — set is_primary to true on exactly one row'
		]);
	});

	it('no-primary-department: a file-level problem', () => {
		expect(problemsOf('no-primary-department')).toEqual([
			'no-primary-department/departments.csv: no row has is_primary = true — set is_primary to true on exactly one row'
		]);
	});

	it('an unreadable primary row does not also cause "no primary row" (no cascade)', () => {
		expect(problemsOf('unknown-enum').some((line) => line.includes('no row has'))).toBe(false);
	});
});

describe('table rules', () => {
	it('derived-without-formula: formula required iff derived', () => {
		expect(problemsOf('derived-without-formula')).toEqual([
			'derived-without-formula/spending.csv:2:14 (formula): derivation is derived but formula is empty — name the rows it comes from, e.g. basic.final + project.final',
			'derived-without-formula/spending.csv:3:14 (formula): formula is filled but derivation is reported — empty the formula, or set derivation to derived'
		]);
	});

	it('environment-rules: comparator fits the measure; a stated change has a unit', () => {
		expect(problemsOf('environment-rules')).toEqual([
			'environment-rules/environment.csv:2:7 (comparator): comparator "<=" does not fit measure observed — use = for observed values',
			'environment-rules/environment.csv:3:7 (comparator): comparator "=" does not fit measure target — use <= or >= for targets and limits',
			'environment-rules/environment.csv:4:11 (yoy_change_unit): yoy_change_unit is empty but yoy_change_stated is filled — fill in yoy_change_unit, or empty yoy_change_stated'
		]);
	});

	it('excerpt-too-long: 120 characters pass, 121 do not', () => {
		expect(problemsOf('excerpt-too-long')).toEqual([
			'excerpt-too-long/staffing.csv:3:8 (excerpt): 121 characters, more than the 120 allowed — shorten it to 120 characters or fewer (the source cell or the shortest phrase containing the figure)'
		]);
	});

	it('bad-format: ids are snake_case, dates YYYY[-MM[-DD]]', () => {
		expect(problemsOf('bad-format')).toEqual([
			'bad-format/sources.csv:2:8 (published_on): "2023/05/12" is not in the expected format — use YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2023-05-12',
			'bad-format/sources.csv:4:1 (source_id): "HY Yearbook 2021" is not in the expected format — use lower-case ASCII letters, digits and underscores (snake_case), e.g. hengyang_eeb'
		]);
	});
});

describe('file structure', () => {
	it('quoted-newline-line-numbers: file lines count quoted newlines and CRLF; blank lines are skipped', () => {
		expect(problemsOf('quoted-newline-line-numbers')).toEqual([
			'quoted-newline-line-numbers/activities.csv:5:7 (value): "12.5%" is not a number — write the number without the % sign, e.g. 12.5; put the unit in the unit column',
			'quoted-newline-line-numbers/activities.csv:7:3 (topic): "Enforcement" is not an allowed value — write "enforcement" (allowed: governance, air, water, soil, inspection_rectification, risk, enforcement, approval_service, funding, monitoring, staff)',
			'quoted-newline-line-numbers/activities.csv:9:7 (value): "1e3" is in scientific notation — write the number as published, e.g. 1000'
		]);
		expect(reportOf('quoted-newline-line-numbers', 'activities')).toEqual({
			table: 'activities',
			file: 'quoted-newline-line-numbers/activities.csv',
			rowsRead: 5,
			rowsLoaded: 1,
			rowsRejected: 3,
			rowsSkipped: 1,
			skippedLines: [6]
		});
	});

	it('header-columns: misspelt, unknown and missing columns', () => {
		expect(problemsOf('header-columns')).toEqual([
			'header-columns/spending.csv:1: missing column "excerpt" — add excerpt to the header line; it holds: Verbatim source cell or shortest phrase containing the figure (≤ 120 characters)',
			'header-columns/spending.csv:1:10 (amont): unknown column "amont" — rename it to amount',
			'header-columns/spending.csv:1:18 (comment): unknown column "comment" — remove it; the columns are: department_id, fiscal_year, line_id, parent_line_id, parent_relation, line_zh, line_en, functional_code, economic_class, category, stage, amount, unit, share_pct_stated, derivation, formula, is_primary, source_id, locator, excerpt'
		]);
		expect(reportOf('header-columns', 'spending')).toMatchObject({
			rowsLoaded: 0,
			rowsRejected: 6
		});
	});

	it('field-count: a row with too many or too few cells', () => {
		expect(problemsOf('field-count')).toEqual([
			'field-count/staffing.csv:3: 10 cells, but the header has 9 columns — check for a missing or extra comma; put quotes around a cell that contains a comma',
			'field-count/staffing.csv:4: 8 cells, but the header has 9 columns — check for a missing or extra comma; put quotes around a cell that contains a comma'
		]);
	});

	it('unclosed-quote: reported once, at the line where the quote opens', () => {
		expect(problemsOf('unclosed-quote')).toEqual([
			'unclosed-quote/staffing.csv:3: a quoted cell that starts on this line is never closed — close the quote; inside a quoted cell write a quote as two quotes ("")'
		]);
	});

	it('a missing file is reported with the header to create', () => {
		const result = validateDataset(loadFixture('valid', { omit: ['staffing'] }), {
			missingFileName: (table) => `data/${table}.csv`
		});
		expect(formatProblems(result, 'en')).toEqual([
			'data/staffing.csv: file is missing — create it with the header line: department_id,fiscal_year,metric,value,unit,is_primary,source_id,locator,excerpt'
		]);
	});

	it('an empty file and a blank first line are refused', () => {
		const input = { ...loadFixture('valid'), staffing: { file: 'empty/staffing.csv', text: '' } };
		const blankFirst = {
			...loadFixture('valid'),
			staffing: { file: 'blank/staffing.csv', text: '\nmetric\n' }
		};
		expect(formatProblems(validateDataset(input), 'en')).toEqual([
			'empty/staffing.csv: file is empty (no header line) — write the header line first: department_id,fiscal_year,metric,value,unit,is_primary,source_id,locator,excerpt'
		]);
		expect(formatProblems(validateDataset(blankFirst), 'en')).toEqual([
			'blank/staffing.csv:1: line 1 is blank: the header must be the first line — remove the lines above the header: department_id,fiscal_year,metric,value,unit,is_primary,source_id,locator,excerpt'
		]);
	});

	it('a UTF-8 BOM is ignored', () => {
		const input = loadFixture('valid');
		const staffing = input.staffing;
		if (staffing === undefined) throw new Error('fixture');
		const withBom = { ...input, staffing: { ...staffing, text: `\uFEFF${staffing.text}` } };
		expect(validateDataset(withBom).problems).toEqual([]);
	});
});

describe('decodeCsvBytes', () => {
	it('refuses GBK bytes with a fix', () => {
		const gbk = new Uint8Array([0xb1, 0xe0, 0xd6, 0xc6]); // 编制 in GBK
		const decoded = decodeCsvBytes('data/staffing.csv', gbk);
		expect('code' in decoded && decoded.code).toBe('file_not_utf8');
		if (!('code' in decoded)) throw new Error('expected a problem');
		expect(decoded.message.en).toBe('file is not valid UTF-8 (perhaps GBK from an Excel "Save as CSV")');
	});

	it('decodes UTF-8', () => {
		expect(decodeCsvBytes('a.csv', new TextEncoder().encode('编制'))).toEqual({
			file: 'a.csv',
			text: '编制'
		});
	});
});
