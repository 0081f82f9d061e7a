import { parseArgs } from 'node:util';

export interface CliArgs {
	readonly files: string[];
	readonly recipe?: string;
	readonly out?: string;
	readonly sourceId?: string;
	readonly department?: string;
	readonly departmentId?: string;
	readonly departmentEn?: string;
	readonly year?: number;
	readonly stage?: 'budget' | 'final';
	readonly unit?: '元' | '万元' | '亿元';
	readonly saveRecipe?: string;
	/** Keep only facts about this region or regions under it (name or region_id). */
	readonly within?: string;
}

export const USAGE = `npm run import -- FILE... [--recipe R.json] [--out DIR] [--source-id ID]
  [--department NAME] [--department-id ID] [--department-en NAME] [--year YYYY] [--stage budget|final] [--unit 元|万元|亿元]
  [--save-recipe DIR] [--within REGION]
Without --out it is a dry run. --out data appends to the project's data/ (never overwrites).`;

/** Parse the CLI flags; throws with a readable message on a bad flag. */
export function parseCli(argv: readonly string[]): CliArgs {
	const { values, positionals } = parseArgs({
		args: [...argv],
		allowPositionals: true,
		options: {
			recipe: { type: 'string' },
			out: { type: 'string' },
			'source-id': { type: 'string' },
			department: { type: 'string' },
			'department-id': { type: 'string' },
			'department-en': { type: 'string' },
			year: { type: 'string' },
			stage: { type: 'string' },
			unit: { type: 'string' },
			'save-recipe': { type: 'string' },
			within: { type: 'string' },
			help: { type: 'boolean' }
		}
	});
	if (values.help === true || positionals.length === 0) throw new Error(USAGE);
	const year = values.year === undefined ? undefined : Number(values.year);
	if (year !== undefined && !(Number.isInteger(year) && year >= 1949 && year <= 2100)) {
		throw new Error(`--year ${values.year}: write a year such as 2022`);
	}
	const stage = values.stage;
	if (stage !== undefined && stage !== 'budget' && stage !== 'final') {
		throw new Error(`--stage ${stage}: write budget or final`);
	}
	const unit = values.unit;
	if (unit !== undefined && unit !== '元' && unit !== '万元' && unit !== '亿元') {
		throw new Error(`--unit ${unit}: write 元, 万元 or 亿元`);
	}
	const pick = <T>(key: string, value: T | undefined) => (value === undefined ? {} : { [key]: value });
	return {
		files: positionals,
		...pick('recipe', values.recipe),
		...pick('out', values.out),
		...pick('sourceId', values['source-id']),
		...pick('department', values.department),
		...pick('departmentId', values['department-id']),
		...pick('departmentEn', values['department-en']),
		...pick('year', year),
		...pick('stage', stage),
		...pick('unit', unit),
		...pick('saveRecipe', values['save-recipe']),
		...pick('within', values.within)
	};
}
