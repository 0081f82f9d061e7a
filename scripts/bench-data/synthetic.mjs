// A SYNTHETIC data folder for benchmarks: the real data/ copied as it is, plus synthetic
// departments (`syn_d001` …, named 合成部门 / Synthetic department), one synthetic source per
// department, and N synthetic spending rows that pass the contract. Written under tmp/ only,
// never to data/ or static/. Generation streams (10^7 rows never sit in memory).
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { appendFile, cp, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const pad = (n, width) => String(n).padStart(width, '0');
const departmentId = (d) => `syn_d${pad(d + 1, 3)}`;
const sourceId = (d) => `syn_src_d${pad(d + 1, 3)}`;

function departmentLine(d) {
	const n = pad(d + 1, 3);
	return `${departmentId(d)},合成部门${n},Synthetic department ${n},合成地区,Synthetic region,,prefecture,false`;
}

function sourceLine(d) {
	const n = pad(d + 1, 3);
	return (
		`${sourceId(d)},合成数据来源${n},Synthetic source ${n},合成发布单位,Synthetic publisher,` +
		`${departmentId(d)},,,,self_assessment,synthetic benchmark rows (not a published file),,,synthetic`
	);
}

/** Line `l` of department `d` in `year`: line 0 is the total, the others its parts. */
function spendingLine({ d, year, l, corrupt }) {
	const dept = departmentId(d);
	const cents = ((d * 7919 + year * 104729 + l * 31) % 9_999_900) + 100;
	const amount = corrupt ? 'x' : `${Math.floor(cents / 100)}.${pad(cents % 100, 2)}`;
	const ids =
		l === 0
			? ['total', '', '', '合计', 'Total', '211', 'total']
			: [
					`l${pad(l, 5)}`,
					'total',
					'part',
					`合成科目${l}`,
					`Synthetic line ${l}`,
					`211${pad((l % 99) + 1, 2)}`,
					'project'
				];
	const [line, parent, relation, zh, en, code, category] = ids;
	return (
		`${dept},${year},${line},${parent},${relation},${zh},${en},${code},,${category},final,${amount},万元,,` +
		`reported,,true,${sourceId(d)},synthetic / ${year} / ${line},合成 ${amount}`
	);
}

async function lineCount(file) {
	const text = await readFile(file, 'utf8');
	return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

async function ensureNewline(file) {
	const text = await readFile(file, 'utf8');
	if (!text.endsWith('\n')) await appendFile(file, '\n');
}

/**
 * Write a synthetic data folder at `dir`: data/ copied, plus `departments` synthetic departments
 * × `years` fiscal years × enough lines for `rows` synthetic spending rows. With `corruptLine`,
 * the spending row on that line of spending.csv gets the amount `x` (a problem on a known line).
 */
export async function writeSyntheticData({
	dir,
	rows,
	departments = 100,
	years = 10,
	from = 'data',
	corruptLine
}) {
	await mkdir(dir, { recursive: true });
	await cp(from, dir, { recursive: true });
	for (const name of ['departments.csv', 'sources.csv', 'spending.csv'])
		await ensureNewline(path.join(dir, name));
	const ids = Array.from({ length: departments }, (_, d) => d);
	await appendFile(path.join(dir, 'departments.csv'), ids.map((d) => `${departmentLine(d)}\n`).join(''));
	await appendFile(path.join(dir, 'sources.csv'), ids.map((d) => `${sourceLine(d)}\n`).join(''));
	const spending = path.join(dir, 'spending.csv');
	const firstLine = (await lineCount(spending)) + 1;
	const lines = Math.ceil(rows / (departments * years));
	const out = createWriteStream(spending, { flags: 'a' });
	let written = 0;
	let batch = '';
	for (let d = 0; d < departments && written < rows; d++) {
		for (let y = 0; y < years && written < rows; y++) {
			for (let l = 0; l < lines && written < rows; l++) {
				const corrupt = corruptLine === firstLine + written;
				batch += `${spendingLine({ d, year: 2013 + y, l, corrupt })}\n`;
				written++;
				if (batch.length > 1 << 20) {
					if (!out.write(batch)) await once(out, 'drain');
					batch = '';
				}
			}
		}
	}
	out.end(batch);
	await once(out, 'finish');
	return { dir, rows: written, departments, years, lines, firstLine, synthetic: true };
}
