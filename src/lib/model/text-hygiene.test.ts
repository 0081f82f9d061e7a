import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../test/fixtures/data/load-fixture';
import { parseCell } from './cells';
import { col } from './schema';
import { firstHostileChar, textLimit, TEXT_LIMITS } from './text-hygiene';
import { formatProblems, validateDataset } from './validate';

// Issue 13: `npm run data` accepted U+0000, bidi overrides, zero-width characters and a
// 100,000-character name. Each is now refused with file, line, column and the code point.
const name = col({ name: 'name_zh', type: 'text', zh: '名称', en: 'Name' });
const note = col({ name: 'note', type: 'text', nullable: true, zh: '备注', en: 'Note' });
const locator = col({ name: 'locator', type: 'text', zh: '位置', en: 'Locator' });
const columnFor = (codePoint: string) =>
	codePoint === 'U+000D' ? note : codePoint === 'U+000A' ? locator : name;

const HOSTILE: [string, string, string][] = [
	['NUL', 'a\u0000b', 'U+0000'],
	['bell', 'a\u0007b', 'U+0007'],
	['DEL', 'a\u007Fb', 'U+007F'],
	['C1 control', 'a\u0085b', 'U+0085'],
	['right-to-left override', 'PWN17\u202Egnp.exe', 'U+202E'],
	['left-to-right embedding', 'a\u202Ab', 'U+202A'],
	['right-to-left isolate', 'a\u2067b', 'U+2067'],
	['pop directional isolate', 'a\u2069b', 'U+2069'],
	['left-to-right mark', 'a\u200Eb', 'U+200E'],
	['right-to-left mark', 'a\u200Fb', 'U+200F'],
	['Arabic letter mark', 'a\u061Cb', 'U+061C'],
	['zero-width space', '衡阳\u200B市', 'U+200B'],
	['zero-width non-joiner', 'a\u200Cb', 'U+200C'],
	['zero-width joiner', 'a\u200Db', 'U+200D'],
	['word joiner', 'a\u2060b', 'U+2060'],
	['BOM mid-text', 'a\uFEFFb', 'U+FEFF'],
	['tab in a name', 'a\tb', 'U+0009'],
	['line break in a locator', 'a\nb', 'U+000A'],
	['CR alone in a note', 'a\rb', 'U+000D']
];

describe('text hygiene in one cell', () => {
	it.each(HOSTILE)('refuses a %s with its code point and position', (_what, raw, codePoint) => {
		const column = columnFor(codePoint);
		const result = parseCell(column, raw);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issue.code).toBe('hostile_character');
		expect(result.issue.message.en).toContain(
			`(${codePoint}) at character ${[...raw].findIndex((c) => firstHostileChar(c, 'none')) + 1}`
		);
		expect(result.issue.message.zh).toContain(codePoint);
		expect(result.issue.fix.en).toContain(`delete the invisible character ${codePoint}`);
	});
	it('allows tab, LF and CRLF in free text, line breaks in printed labels, neither in locators', () => {
		expect(parseCell(name, '立案查处\r\n环境违法').ok).toBe(true);
		expect(parseCell(locator, '附件1\n表2').ok).toBe(false);
		expect(parseCell(note, '第一行\n第二行\r\n\t第三行')).toEqual({
			ok: true,
			value: '第一行\n第二行\r\n\t第三行',
			decimals: null
		});
		expect(parseCell(name, '衡阳市生态环境局')).toEqual({
			ok: true,
			value: '衡阳市生态环境局',
			decimals: null
		});
	});
	it('limits every text column by kind (a 100,000-character name was accepted)', () => {
		const long = parseCell(name, '名'.repeat(100_000));
		expect(long.ok ? null : long.issue.message.en).toBe('100000 characters, more than the 200 allowed');
		expect(parseCell(name, '名'.repeat(200)).ok).toBe(true);
		expect(textLimit(note)).toBe(TEXT_LIMITS.free);
		expect(textLimit(col({ name: 'source_id', type: 'text', zh: '', en: '' }))).toBe(64);
		expect(textLimit(col({ name: 'locator', type: 'text', zh: '', en: '' }))).toBe(300);
		expect(textLimit(col({ name: 'url', type: 'text', zh: '', en: '' }))).toBe(2048);
	});
});

describe('text hygiene through npm run data (validateDataset)', () => {
	function withDepartmentName(raw: string) {
		const input = loadFixture('valid');
		const departments = input.departments!;
		const text = departments.text.replace('衡阳市生态环境局', raw);
		return validateDataset({ ...input, departments: { ...departments, text } });
	}
	it('names file, line, column and code point, in both languages, and counts the row as rejected', () => {
		const result = withDepartmentName('衡阳市\u202E生态环境局');
		expect(result.ok).toBe(false);
		const problem = result.problems.find((p) => p.code === 'hostile_character')!;
		expect(problem).toMatchObject({
			file: 'valid/departments.csv',
			line: 2,
			column: { index: 2, name: 'name_zh' }
		});
		expect(formatProblems({ problems: [problem] }, 'en')[0]).toContain('U+202E');
		expect(formatProblems({ problems: [problem] }, 'zh-CN')[0]).toContain('双向文字控制符');
		const file = result.files.find((f) => f.table === 'departments')!;
		expect(file.rowsRejected).toBeGreaterThanOrEqual(1);
		expect(file.rowsRead).toBe(file.rowsLoaded + file.rowsRejected + file.rowsSkipped);
	});
	it('refuses U+0000 and a 100,000-character name the same way', () => {
		for (const raw of ['衡阳\u0000市', '名'.repeat(100_000)]) {
			const problem = withDepartmentName(raw).problems[0]!;
			expect([problem.file, problem.line, problem.column?.name]).toEqual([
				'valid/departments.csv',
				2,
				'name_zh'
			]);
		}
	});
});
