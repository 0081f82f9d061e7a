// A synthetic CSV of contract-shaped spending rows (department × year × line × stage), made for
// the import benchmark only: labelled synthetic in every row, written under tmp/, never shipped.
import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';

const HEADER =
	'department_id,fiscal_year,line_id,parent_line_id,parent_relation,line_zh,line_en,category,stage,amount,unit,' +
	'share_pct_stated,derivation,formula,is_primary,source_id,locator,excerpt,functional_code,economic_class';

/** Deterministic pseudo-random integers (LCG), so every run writes the same file. */
function lcg(seed) {
	let state = seed >>> 0;
	return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
}

export function makeSyntheticCsv(file, bytes) {
	if (existsSync(file) && statSync(file).size >= bytes) return { file };
	const next = lcg(42);
	const fd = openSync(file, 'w');
	let written = writeSync(fd, `${HEADER}\n`);
	let chunk = [];
	for (let i = 0; written < bytes; i++) {
		const dept = `synthetic_dept_${i % 997}`;
		const year = 2013 + (Math.floor(i / 997) % 10);
		const code = `2110${(i % 89).toString().padStart(3, '0')}`;
		const amount = (next() % 10000000) / 100;
		const stage = i % 2 === 0 ? 'budget' : 'final';
		chunk.push(
			`${dept},${year},fc_${code}_${i},,,合成科目 ${i},synthetic line ${i},function,${stage},${amount.toFixed(2)},万元,,reported,,true,` +
				`synthetic_bench,synthetic.csv / R${i + 2},"合成数据 synthetic ${amount.toFixed(2)}",${code},`
		);
		if (chunk.length === 5000) {
			written += writeSync(fd, `${chunk.join('\n')}\n`);
			chunk = [];
		}
	}
	if (chunk.length > 0) writeSync(fd, `${chunk.join('\n')}\n`);
	closeSync(fd);
	return { file };
}
