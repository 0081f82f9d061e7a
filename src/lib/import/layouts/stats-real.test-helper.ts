// The real yearbook and NBS files in ../shared/real (never copied into the repo), opened with the
// project's own readers for the layout tests; a context that records every region asked for.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openWorkbook } from '../read/index';
import type { ImportContext, Sheet, Workbook } from '../types';

export const REAL = resolve(process.cwd(), '../shared/real');
export const HAVE_REAL = existsSync(join(REAL, 'README.md'));
export const SKIP_REAL = `../shared/real is absent (looked in ${REAL}): real-file layout tests skipped`;

export const YEARBOOK_FILES = {
	2019: 'china_city_statistical_yearbook_2019_prefecture.xlsx',
	2021: 'china_city_statistical_yearbook_2021_prefecture.xlsx',
	2023: 'china_city_statistical_yearbook_2023_prefecture.xlsx'
} as const;

const opened = new Map<string, Workbook>();

/** A real file opened once per test run (`city-yearbook/…` or `nbs-province-finance/…`). */
export async function realWorkbook(folder: string, file: string): Promise<Workbook> {
	const key = `${folder}/${file}`;
	const cached = opened.get(key);
	if (cached !== undefined) return cached;
	const { workbook, problems } = await openWorkbook(
		file,
		new Uint8Array(readFileSync(join(REAL, folder, file)))
	);
	if (workbook === null) throw new Error(`cannot open ${key}: ${JSON.stringify(problems)}`);
	opened.set(key, workbook);
	return workbook;
}

export async function firstSheet(folder: string, file: string): Promise<Sheet> {
	const sheet = (await realWorkbook(folder, file)).sheets[0];
	if (sheet === undefined) throw new Error(`${file} has no sheet`);
	return sheet;
}

export interface RegionCall {
	readonly name_zh: string;
	readonly name_en?: string;
	readonly parent?: string;
}

const KNOWN: Readonly<Record<string, string>> = {
	衡阳市: 'hengyang',
	长沙市: 'changsha',
	株洲市: 'zhuzhou',
	湖南省: 'hunan',
	湖北省: 'hubei',
	广东省: 'guangdong'
};

/** A context like the orchestrator's: known names → ids, others → `r_<name>`; every call recorded. */
export function recordingContext(
	file: string,
	overrides: Partial<ImportContext> = {}
): ImportContext & { regions: RegionCall[] } {
	const regions: RegionCall[] = [];
	return {
		file,
		departmentId: (name) => `d_${name}`,
		regionId: (region) => {
			regions.push(region);
			return KNOWN[region.name_zh] ?? `r_${region.name_zh}`;
		},
		sourceId: (recipe) => recipe.source.id ?? 'unnamed_source',
		regions,
		...overrides
	};
}
