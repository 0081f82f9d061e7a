import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRealData } from '../../../test/helpers/real-data';
import { loadCityPm25 } from './compare-model';
import { loadEnvironment } from './environment-model';
import { loadOverview } from './overview-model';
import { loadPm25Ranking } from './peer-ranking';
import type { QueryRunner } from './query';

// The headline's PM2.5 ranking is read off the /compare ranking (one ranking of a province's
// cities): the yearbook's 全市 values in data/environment.csv, 2022: 郴州 26, 永州 27, 张家界 27,
// 衡阳 29, 怀化 30, … 湘潭 44; 湘西 has none.
let run: QueryRunner;
let close: () => Promise<void>;

beforeAll(async () => {
	const db = await openRealData();
	run = db.run;
	close = db.close;
}, 60000);
afterAll(async () => close?.());

describe('the PM2.5 ranking of the headline', () => {
	it('2022: Hengyang 29 µg/m³ is 4th lowest of 13 Hunan cities, Chenzhou 26 lowest, Xiangtan 44 highest', async () => {
		const ranking = await loadPm25Ranking(run, { regionId: 'hengyang', year: 2022 });
		expect(ranking).toMatchObject({
			indicator: 'pm25',
			year: 2022,
			province: { zh: '湖南省', en: 'Hunan' },
			city: { zh: '衡阳市', en: 'Hengyang' },
			figure: { value: 29, unit: 'µg/m³' },
			rank: { value: 4, unit: 'rank' },
			count: 13,
			lowest: { regionId: 'chenzhou', zh: '郴州市', figure: { value: 26 } },
			highest: { regionId: 'xiangtan', zh: '湘潭市', figure: { value: 44 } }
		});
		expect(ranking?.figure.citation.source_id).toBe('cn_city_yearbook_2023');
		expect(ranking?.rank.citation).toMatchObject({
			derivation: 'derived',
			formula: '1 + #{26, 27, 27, 29, 30, 34, 35, 36, 38, 38, 39, 40, 44} < 29 (13 个市州, 2022, 全市)'
		});
	});

	it('agrees with the /compare ranking for every city and year it ranks', async () => {
		for (const city of ['hengyang', 'shaoyang', 'zhangjiajie']) {
			const comparison = await loadCityPm25(run, city);
			for (const year of [2018, 2020, 2022]) {
				const table = comparison.rankings.find((r) => r.key === `pm25|whole_city|${year}`);
				const mine = table?.entries.find((e) => e.highlighted);
				const ranking = await loadPm25Ranking(run, { regionId: city, year });
				expect([city, year, ranking?.rank.value, ranking?.count]).toEqual([
					city,
					year,
					mine?.rank,
					table?.entries.length
				]);
			}
		}
		// Spot checks read off data/environment.csv: 2018 Hengyang 37 is 6th of 11; 2022 Shaoyang 34 is 6th.
		expect((await loadPm25Ranking(run, { regionId: 'hengyang', year: 2018 }))?.rank.value).toBe(6);
		expect((await loadPm25Ranking(run, { regionId: 'shaoyang', year: 2022 }))?.rank.value).toBe(6);
	});

	it('no ranking where the city stands alone (2021, 2023) or has no region', async () => {
		expect(await loadPm25Ranking(run, { regionId: 'hengyang', year: 2021 })).toBeNull();
		expect(await loadPm25Ranking(run, { regionId: 'hengyang', year: 2023 })).toBeNull();
		expect(await loadPm25Ranking(run, { regionId: null, year: 2022 })).toBeNull();
	});

	it('the overview and the environment page carry that same ranking', async () => {
		const expected = await loadPm25Ranking(run, { regionId: 'hengyang', year: 2022 });
		const overview = await loadOverview(run, {
			departmentId: 'hengyang_eeb',
			year: 2022,
			regionId: 'hengyang'
		});
		const environment = await loadEnvironment(run, {
			departmentId: 'hengyang_eeb',
			regionId: 'hengyang',
			year: 2022,
			scope: null
		});
		expect(overview.pm25Ranking).toEqual(expected);
		expect(environment.pm25Ranking).toEqual(expected);
	});
});
