// What the readers tell the reader of a report: problems (what is wrong and how to fix it) and
// notes (what was decided), bilingual with zh-CN first. Every builder names the file and place.
import type { Bilingual } from '../../model/index';
import type { ImportNote, ImportProblem, ImportProblemCode, SourcePlace, TextEncoding } from '../types';

function place(file: string, sheet: string | null = null, row: number | null = null): SourcePlace {
	return { file, sheet, row, col: null };
}

function problem(
	code: ImportProblemCode,
	at: SourcePlace,
	text: { zh: string; en: string; fixZh: string; fixEn: string }
): ImportProblem {
	return { place: at, code, message: { zh: text.zh, en: text.en }, fix: { zh: text.fixZh, en: text.fixEn } };
}

function note(at: SourcePlace, zh: string, en: string): ImportNote {
	return { place: at, message: { zh, en } };
}

function megabytes(bytes: number): string {
	return `${Math.round(bytes / 1048576)} MB`;
}

/** What the bytes turned out to be, in words. */
export type ContentKind = 'zip' | 'cfb' | 'parquet' | 'text' | 'html';

const KIND: Record<ContentKind, { zh: string; en: string }> = {
	zip: { zh: 'Excel 工作簿（ZIP 压缩包）', en: 'an Excel workbook (ZIP archive)' },
	cfb: { zh: '旧版 Excel 或加密的 Office 文件', en: 'a legacy Excel or encrypted Office file' },
	parquet: { zh: 'Parquet 文件', en: 'a Parquet file' },
	text: { zh: '纯文本（CSV/TSV）', en: 'plain text (CSV/TSV)' },
	html: { zh: '网页（HTML）', en: 'a web page (HTML)' }
};

export const readProblems = {
	empty(file: string): ImportProblem {
		return problem('file_empty', place(file), {
			zh: '文件是空的（0 字节或只有空白）',
			en: 'The file is empty (0 bytes or only blank space)',
			fixZh: '重新下载或导出该文件，确认其中有表格内容',
			fixEn: 'Download or export the file again and check that it holds the table'
		});
	},
	typeMismatch(file: string, expected: string, actual: ContentKind): ImportProblem {
		const is = KIND[actual];
		const fix =
			actual === 'html'
				? {
						fixZh: '这是网页而不是表格文件：用 Excel/WPS 打开后另存为 .xlsx 或 .csv 再导入',
						fixEn:
							'This is a web page, not a spreadsheet: open it in Excel/WPS, save it as .xlsx or .csv, then import that'
					}
				: {
						fixZh: `按实际内容改正扩展名（${is.zh}），或从原网站重新下载`,
						fixEn: `Rename the file to match its content (${is.en}), or download it again from the source`
					};
		return problem('file_type_mismatch', place(file), {
			zh: `文件按名称应为 ${expected}，但内容是${is.zh}`,
			en: `The file is named or declared as ${expected}, but its content is ${is.en}`,
			...fix
		});
	},
	zipNotWorkbook(file: string): ImportProblem {
		return problem('file_type_mismatch', place(file), {
			zh: '这是 ZIP 压缩包，但其中没有 Excel 工作簿（缺少 xl/workbook.xml）',
			en: 'This is a ZIP archive but not an Excel workbook (no xl/workbook.xml inside)',
			fixZh: '解压后分别导入其中的 .xlsx 或 .csv 文件',
			fixEn: 'Unzip it and import the .xlsx or .csv files it holds'
		});
	},
	/** `detail` is the library's own (English) message, or a bilingual reason of ours. */
	unreadable(file: string, detail: string | Bilingual): ImportProblem {
		const why = typeof detail === 'string' ? { zh: detail, en: detail } : detail;
		return problem('file_unreadable', place(file), {
			zh: `无法读取文件：${why.zh}`,
			en: `The file cannot be read: ${why.en}`,
			fixZh: '用 Excel/WPS 打开并另存为 .xlsx 或 UTF-8 编码的 .csv 后再导入',
			fixEn: 'Open it in Excel/WPS and save it as .xlsx or as UTF-8 .csv, then import that'
		});
	},
	parquetCodec(file: string, detail: string): ImportProblem {
		return problem('file_unreadable', place(file), {
			zh: `无法解压该 Parquet 文件：${detail}`,
			en: `This Parquet file cannot be decompressed: ${detail}`,
			fixZh: '用 SNAPPY 或不压缩重新写出该 Parquet 文件，或改为导出 CSV',
			fixEn: 'Write the Parquet file again with SNAPPY or no compression, or export CSV instead'
		});
	},
	encrypted(file: string): ImportProblem {
		return problem('xlsx_encrypted', place(file), {
			zh: '工作簿设有打开密码（已加密），无法读取',
			en: 'The workbook is password-protected (encrypted) and cannot be read',
			fixZh: '在 Excel/WPS 中输入密码打开，取消"用密码加密"后另存为 .xlsx 再导入',
			fixEn:
				'Open it in Excel/WPS with its password, remove "Encrypt with password", save as .xlsx and import that'
		});
	},
	tooLarge(file: string, total: number, limit: number): ImportProblem {
		return problem('xlsx_too_large', place(file), {
			zh: `工作簿解压后共 ${megabytes(total)}，超过上限 ${megabytes(limit)}（可能是压缩炸弹）`,
			en: `The workbook unpacks to ${megabytes(total)}, over the ${megabytes(limit)} limit (possibly a zip bomb)`,
			fixZh: '只保留需要的工作表后另存，或把表格导出为 CSV 再导入',
			fixEn: 'Keep only the sheets needed and save again, or export the table as CSV and import that'
		});
	},
	unclosedQuote(file: string, line: number): ImportProblem {
		return problem('csv_syntax', place(file, null, line), {
			zh: `第 ${line} 行的引号没有闭合；该引号已按普通字符读取`,
			en: `The quote on line ${line} is never closed; it was read as a plain character`,
			fixZh: '在该字段末尾补上双引号，或把字段中的引号写成两个（""）',
			fixEn: 'Close the field with a double quote, or write a quote inside a field as two ("")'
		});
	},
	textAfterQuote(file: string, line: number): ImportProblem {
		return problem('csv_syntax', place(file, null, line), {
			zh: `第 ${line} 行在闭合引号后还有字符；已与引号内的内容连在一起读取`,
			en: `Line ${line} has characters after a closing quote; they were joined to the quoted text`,
			fixZh: '把整个字段放进引号里，字段中的引号写成两个（""）',
			fixEn: 'Put the whole field inside the quotes and write a quote inside it as two ("")'
		});
	},
	moreSyntax(file: string, count: number): ImportProblem {
		return problem('csv_syntax', place(file), {
			zh: `另有 ${count} 处 CSV 语法错误未逐一列出`,
			en: `${count} more CSV syntax errors are not listed one by one`,
			fixZh: '用 Excel/WPS 打开并重新另存为 CSV，以修正引号',
			fixEn: 'Open the file in Excel/WPS and save it as CSV again to repair the quoting'
		});
	},
	encodingUnknown(file: string, undecoded: number): ImportProblem {
		return problem('encoding_unknown', place(file), {
			zh: `文件既不是 UTF-8/UTF-16 也不是有效的 GB18030/GBK：${undecoded} 处字节无法解码，显示为 �`,
			en: `The file is neither UTF-8/UTF-16 nor valid GB18030/GBK: ${undecoded} byte sequences could not be decoded and show as �`,
			fixZh: '用原软件另存为"CSV UTF-8"后再导入，或指定正确的编码',
			fixEn: 'Save it again as "CSV UTF-8" in the program that made it, or state the right encoding'
		});
	}
};

/** Why an encoding was chosen. */
export type EncodingReason = 'bom' | 'valid_utf8' | 'nul_pattern' | 'not_utf8' | 'given';

const ENCODING_NAME: Record<TextEncoding, string> = {
	'utf-8': 'UTF-8',
	'utf-8-bom': 'UTF-8 (BOM)',
	gb18030: 'GB18030/GBK',
	'utf-16le': 'UTF-16 LE',
	'utf-16be': 'UTF-16 BE'
};

const REASON: Record<EncodingReason, { zh: string; en: string }> = {
	bom: { zh: '文件开头有字节顺序标记（BOM）', en: 'the file starts with a byte order mark (BOM)' },
	valid_utf8: { zh: '全部字节都是有效的 UTF-8', en: 'every byte sequence is valid UTF-8' },
	nul_pattern: {
		zh: '没有 BOM，但每隔一个字节为 0（UTF-16 的特征）',
		en: 'there is no BOM, but every other byte is zero (the mark of UTF-16)'
	},
	not_utf8: {
		zh: '内容不是有效的 UTF-8，按国标 GB18030（兼容 GBK/GB2312）解码',
		en: 'the content is not valid UTF-8, so it was decoded as GB18030 (which covers GBK/GB2312)'
	},
	given: { zh: '按指定的编码读取', en: 'as stated by the caller' }
};

export const readNotes = {
	encoding(file: string, encoding: TextEncoding, reason: EncodingReason): ImportNote {
		const why = REASON[reason];
		const name = ENCODING_NAME[encoding];
		return note(place(file), `编码：${name}（${why.zh}）`, `Encoding: ${name} (${why.en})`);
	},
	delimiter(file: string, delimiter: string, how: 'sniffed' | 'given' | 'name'): ImportNote {
		const shown = delimiter === '\t' ? 'Tab' : delimiter;
		const why = {
			sniffed: { zh: '按内容判断', en: 'sniffed from the content' },
			given: { zh: '按指定', en: 'as stated' },
			name: { zh: '按扩展名 .tsv', en: 'from the .tsv file name' }
		}[how];
		return note(place(file), `分隔符：${shown}（${why.zh}）`, `Delimiter: ${shown} (${why.en})`);
	},
	contentWins(file: string, extension: string, actual: ContentKind): ImportNote {
		const is = KIND[actual];
		return note(
			place(file),
			`文件扩展名为 .${extension}，但内容是${is.zh}，已按内容读取`,
			`The file is named .${extension} but its content is ${is.en}; it was read as such`
		);
	},
	legacyXls(file: string): ImportNote {
		return note(
			place(file),
			'按旧版 Excel 97–2003（.xls）格式读取',
			'Read as a legacy Excel 97–2003 (.xls) workbook'
		);
	},
	sheetHidden(file: string, sheet: string): ImportNote {
		return note(
			place(file, sheet),
			`工作表"${sheet}"是隐藏的，未读取`,
			`Sheet "${sheet}" is hidden and was left out`
		);
	},
	sheetEmpty(file: string, sheet: string): ImportNote {
		return note(
			place(file, sheet),
			`工作表"${sheet}"是空的，未读取`,
			`Sheet "${sheet}" is empty and was left out`
		);
	},
	sheetAdvert(file: string, sheet: string, excerpt: string): ImportNote {
		return note(
			place(file, sheet),
			`工作表"${sheet}"是第三方广告（"${excerpt}"），不是数据，未读取`,
			`Sheet "${sheet}" is a third-party advert ("${excerpt}"), not data, and was left out`
		);
	},
	formulaWithoutValue(file: string, sheet: string, count: number): ImportNote {
		return note(
			place(file, sheet),
			`工作表"${sheet}"有 ${count} 个公式单元格没有保存计算结果，按空单元格读取（不代为计算公式）；在 Excel/WPS 中打开并保存即可写入结果`,
			`Sheet "${sheet}" has ${count} formula cells saved without a result; they read as empty (formulas are never evaluated here). Open and save the file in Excel/WPS to store the results`
		);
	}
};
