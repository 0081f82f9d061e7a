import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRealData } from '../../../test/helpers/real-data';
import { threePublicRows } from './spending';
import {
	finalChange,
	finalToBudget,
	partShare,
	shapeThreePublic,
	type ThreePublicColumn
} from './three-public-model';

let columns: ThreePublicColumn[];
let close: () => Promise<void>;

beforeAll(async () => {
	const db = await openRealData();
	close = db.close;
	columns = shapeThreePublic(await db.run(threePublicRows()));
});
afterAll(async () => close?.());

const column = (dept: string, year: number, stage: string) =>
	columns.find((c) => c.departmentId === dept && c.year === year && c.stage === stage)!;

describe('三公经费 columns (real data)', () => {
	it('holds each department’s published totals, with year and stage', () => {
		expect(columns.map((c) => `${c.departmentId} ${c.year} ${c.stage} ${c.total?.value}`)).toEqual([
			'hengyang_eeb 2021 final 18.4',
			'hengyang_eeb 2022 budget_initial 50',
			'hengyang_eeb 2022 final 28.98',
			'jinan_eeb 2021 budget 28.7',
			'qingyuan_eeb 2019 budget 27',
			'qingyuan_eeb 2019 final 17.06'
		]);
	});
	it('holds the parts as published, vehicles split into purchase and running where the report does', () => {
		const final2022 = column('hengyang_eeb', 2022, 'final');
		expect(final2022.parts.three_public_vehicles?.value).toBe(22.49);
		expect(final2022.parts.three_public_overseas?.value).toBe(0);
		expect(final2022.parts.three_public_receptions?.value).toBe(6.49);
		expect(final2022.parts.three_public_vehicle_purchase?.value).toBe(17.99);
		expect(final2022.parts.three_public_vehicle_running?.value).toBe(4.5);
		expect(final2022.directParts).toEqual([
			'three_public_vehicles',
			'three_public_overseas',
			'three_public_receptions'
		]);
		// Jin'an publishes vehicle running costs directly under the total.
		expect(column('jinan_eeb', 2021, 'budget').directParts).toEqual([
			'three_public_vehicle_running',
			'three_public_overseas',
			'three_public_receptions'
		]);
	});
	it('derives the change, the final-to-budget ratio and the shares, each with its formula', () => {
		expect(finalChange(columns, 'hengyang_eeb', 2022, 'three_public')).toMatchObject({
			value: 57.5,
			citation: { derivation: 'derived', formula: '(three_public.final 2022/2021 28.98 − 18.4) ÷ 18.4 × 100' }
		});
		expect(finalToBudget(columns, 'hengyang_eeb', 2022, 'three_public')?.value).toBe(58);
		expect(finalToBudget(columns, 'qingyuan_eeb', 2019, 'three_public')?.value).toBe(63.2);
		expect(partShare(column('hengyang_eeb', 2022, 'final'), 'three_public_vehicles')).toMatchObject({
			value: 77.6,
			citation: { derivation: 'derived' }
		});
		expect(finalChange(columns, 'jinan_eeb', 2021, 'three_public')).toBeNull();
	});
});
