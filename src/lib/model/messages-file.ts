import { listValues, type Issue } from './issue';
import type { CsvSyntaxError } from './csv';
import type { ColumnDef } from './schema';

export function fileMissing(header: readonly string[]): Issue {
	return {
		code: 'file_missing',
		message: { en: 'file is missing', zh: '文件不存在' },
		fix: {
			en: `create it with the header line: ${header.join(',')}`,
			zh: `新建该文件，首行写表头：${header.join(',')}`
		}
	};
}

export function fileEmpty(header: readonly string[]): Issue {
	return {
		code: 'file_empty',
		message: { en: 'file is empty (no header line)', zh: '文件为空（没有表头行）' },
		fix: {
			en: `write the header line first: ${header.join(',')}`,
			zh: `首行写表头：${header.join(',')}`
		}
	};
}

export function headerNotFirst(header: readonly string[]): Issue {
	return {
		code: 'header_not_first',
		message: {
			en: 'line 1 is blank: the header must be the first line',
			zh: '第 1 行为空：表头必须在第一行'
		},
		fix: {
			en: `remove the lines above the header: ${header.join(',')}`,
			zh: `删除表头上方的行；表头为：${header.join(',')}`
		}
	};
}

export function fileNotUtf8(): Issue {
	return {
		code: 'file_not_utf8',
		message: {
			en: 'file is not valid UTF-8 (perhaps GBK from an Excel "Save as CSV")',
			zh: '文件不是有效的 UTF-8 编码（可能是 Excel 另存的 GBK）'
		},
		fix: {
			en: 'save it as "CSV UTF-8", or convert it: iconv -f GB18030 -t UTF-8',
			zh: '另存为 “CSV UTF-8”，或转换：iconv -f GB18030 -t UTF-8'
		}
	};
}

export function fileUnknown(tableFiles: readonly string[]): Issue {
	return {
		code: 'file_unknown',
		message: { en: 'not a table of the data contract', zh: '不是数据契约中的表' },
		fix: {
			en: `rename it to one of ${listValues(tableFiles, 'en')}, or move it out of the data folder`,
			zh: `改名为 ${listValues(tableFiles, 'zh-CN')} 之一，或移出数据目录`
		}
	};
}

export function csvSyntax(code: CsvSyntaxError['code']): Issue {
	if (code === 'MissingQuotes') {
		return {
			code: 'csv_syntax',
			message: {
				en: 'a quoted cell that starts on this line is never closed',
				zh: '从这一行开始的带引号单元格没有闭合'
			},
			fix: {
				en: 'close the quote; inside a quoted cell write a quote as two quotes ("")',
				zh: '补上结束引号；引号内的引号要写成两个（""）'
			}
		};
	}
	return {
		code: 'csv_syntax',
		message: { en: 'a quote is misplaced', zh: '引号位置不正确' },
		fix: {
			en: 'quote the whole cell and double the quotes inside it, e.g. "a ""b"" c"',
			zh: '给整个单元格加引号，并把其中的引号写成两个，例如 "a ""b"" c"'
		}
	};
}

export function headerMissingColumn(column: ColumnDef): Issue {
	return {
		code: 'header_missing_column',
		message: { en: `missing column "${column.name}"`, zh: `缺少列 “${column.name}”` },
		fix: {
			en: `add ${column.name} to the header line; it holds: ${column.en}`,
			zh: `在表头行加入 ${column.name}；该列为：${column.zh}`
		}
	};
}

export function headerUnknownColumn(
	name: string,
	columns: { near: string | undefined; all: readonly string[] }
): Issue {
	const { near, all } = columns;
	const message = { en: `unknown column "${name}"`, zh: `未知列 “${name}”` };
	if (near !== undefined) {
		return {
			code: 'header_unknown_column',
			message,
			fix: {
				en: `rename it to ${near}`,
				zh: `改名为 ${near}`
			}
		};
	}
	return {
		code: 'header_unknown_column',
		message,
		fix: {
			en: `remove it; the columns are: ${all.join(', ')}`,
			zh: `删除该列；本表的列为：${all.join(', ')}`
		}
	};
}

export function headerDuplicateColumn(name: string, firstIndex: number): Issue {
	return {
		code: 'header_duplicate_column',
		message: {
			en: `column "${name}" appears twice (also column ${firstIndex})`,
			zh: `列 “${name}” 重复（另见第 ${firstIndex} 列）`
		},
		fix: { en: 'keep only one of them', zh: '只保留其中一列' }
	};
}

export function fieldCount(found: number, expected: number): Issue {
	return {
		code: 'field_count',
		message: {
			en: `${found} cells, but the header has ${expected} columns`,
			zh: `有 ${found} 个单元格，但表头有 ${expected} 列`
		},
		fix: {
			en: 'check for a missing or extra comma; put quotes around a cell that contains a comma',
			zh: '检查是否缺少或多了逗号；含逗号的单元格要加引号'
		}
	};
}
