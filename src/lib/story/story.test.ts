import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedRunner, removeFixtureBuilds } from '../../../test/helpers/audit-fixtures';
import type { QueryRunner } from '$lib/queries/query';
import { loadOverview } from '$lib/queries/overview-model';
import { loadSpending } from '$lib/queries/spending-model';
import { loadEnvironment } from '$lib/queries/environment-model';
import { loadProjects } from '$lib/queries/projects-model';
import { shapeThreePublic } from '$lib/queries/three-public-model';
import { threePublicRows } from '$lib/queries/spending';
import { sentenceFigures, sentenceText, type HeadlineSentence } from './parts';
import {
	departmentHeadline,
	environmentHeadline,
	overviewHeadline,
	spendingHeadline,
	threePublicHeadline
} from './pages';
import { projectsHeadline } from './projects-story';

// The headlines of the embedded data (data/*.csv: the real Hengyang 2022 self-assessment, the
// yearbooks' PM2.5 of every Hunan prefecture, four departments with one year each), as sentences.
let run: QueryRunner;
beforeAll(async () => {
	run = await embeddedRunner();
}, 60000);
afterAll(removeFixtureBuilds);

const texts = (lines: HeadlineSentence[]) => lines.map(sentenceText);
const hengyang = { departmentId: 'hengyang_eeb', year: 2022, regionId: 'hengyang' };

describe('the overview headline on the real Hengyang 2022 figures', () => {
	it('says final spending is 201.4 % of the initial budget and project spending fell 71.6 %', async () => {
		const overview = await loadOverview(run, hengyang);
		const context = { city: '衡阳市', ranking: overview.pm25Ranking };
		expect(texts(overviewHeadline(overview, { ...context, locale: 'zh-CN' }))).toEqual([
			'2022 年支出合计决算为 3,855.37 万元，是年初预算 1,914.72 万元的 201.4%。',
			'与 2021 年决算相比，变化最大的是项目支出：从 3,129.64 万元 到 888.43 万元，变化 -71.6%。',
			'2022 年衡阳市市城区 PM2.5 年均浓度为 31 µg/m³，低于国家二级标准 35 µg/m³。',
			'本数据集中有 2022 年数据的湖南省 13 个市州里，衡阳市全市 29 µg/m³ 由低到高排第 4（最低为郴州市 26 µg/m³，最高为湘潭市 44 µg/m³）。'
		]);
	});

	it('marks every computed number derived, with its formula, and cites every reported one', async () => {
		const overview = await loadOverview(run, hengyang);
		const lines = overviewHeadline(overview, {
			city: 'Hengyang',
			ranking: overview.pm25Ranking,
			locale: 'en'
		});
		const ratio = sentenceFigures(lines[0]!).find((f) => f.unit === '%');
		expect(ratio).toMatchObject({ value: 201.4, unit: '%' });
		expect(ratio?.citation).toMatchObject({
			derivation: 'derived',
			formula: 'total.final 2022 ÷ total.budget_initial 2022: 3855.37 ÷ 1914.72 × 100'
		});
		const change = sentenceFigures(lines[1]!).find((f) => f.signed);
		expect(change).toMatchObject({ value: -71.6, signed: true });
		expect(change?.citation.formula).toBe('(project.final 2022/2021 888.43 − 3129.64) ÷ 3129.64 × 100');
		const rank = sentenceFigures(lines[3]!).find((f) => f.unit === 'rank');
		expect(rank).toMatchObject({ value: 4, unit: 'rank' });
		expect(rank?.citation).toMatchObject({ derivation: 'derived', source_id: 'cn_city_yearbook_2023' });
		expect(rank?.citation.formula).toContain('26, 27, 27, 29, 30, 34, 35, 36, 38, 38, 39, 40, 44');
		for (const figure of lines.flatMap(sentenceFigures)) expect(figure.citation.source_id).not.toBe('');
		expect(sentenceText(lines[0]!)).toBe(
			'In 2022, total spending in the final accounts was 3,855.37 (CNY 10k): 201.4% of the initial budget of 1,914.72 (CNY 10k).'
		);
	});
});

describe('departments with one year, or without final accounts', () => {
	it('Muchuan (2022 final accounts only): the final, no budget claimed, no trend pretended', async () => {
		const lines = spendingHeadline(await loadSpending(run, 'muchuan_eeb'), 'zh-CN');
		expect(texts(lines)).toEqual([
			'2022 年支出合计决算为 833.84 万元；本数据集中没有当年可比的预算数。',
			'本数据集中只有该部门一年（2022 年）的数据，因此不作年度比较。'
		]);
	});

	it('Jin’an (2021 budget only): the budget, labelled as budget, never called final', async () => {
		const data = await loadSpending(run, 'jinan_eeb');
		expect(texts(departmentHeadline(data, { sourceCount: 1, locale: 'zh-CN' }))).toEqual([
			'本数据集中有该部门 2021 年一年的数据，出自 1 份公开文件。',
			'本数据集中没有 2021 年的决算，只有预算：支出合计预算 1,250 万元（这是预算数，不是实际支出）。',
			'本数据集中只有该部门一年（2021 年）的数据，因此不作年度比较。'
		]);
	});

	it('Honghe (project budget only) and Qingyuan (三公 only) fall back to the line they have', async () => {
		const honghe = texts(spendingHeadline(await loadSpending(run, 'honghe_eeb'), 'en'));
		expect(honghe[0]).toBe(
			'This data set holds no final accounts for 2021, only the budget: project spending, budget, 1,950 (CNY 10k) (a budget, not actual spending).'
		);
		const qingyuan = texts(spendingHeadline(await loadSpending(run, 'qingyuan_eeb'), 'zh-CN'));
		expect(qingyuan[0]).toBe('2019 年“三公”经费决算为 17.06 万元，是预算 27 万元的 63.2%。');
	});

	it('a department without a region says the data set holds no environmental figures', async () => {
		const overview = await loadOverview(run, { departmentId: 'muchuan_eeb', year: 2022, regionId: null });
		const lines = overviewHeadline(overview, { city: null, ranking: overview.pm25Ranking, locale: 'zh-CN' });
		expect(texts(lines).at(-1)).toBe('本数据集中没有该部门所在地的环境数据。');
		expect(texts(lines).join('')).not.toContain('未公布');
	});
});

describe('the other pages', () => {
	it('三公经费 of Hengyang 2022: 58.0 % of the budget, up 57.5 %, vehicles the largest part', async () => {
		const columns = shapeThreePublic(await run(threePublicRows())).filter(
			(c) => c.departmentId === 'hengyang_eeb'
		);
		expect(texts(threePublicHeadline(columns, 'zh-CN'))).toEqual([
			'2022 年“三公”经费决算为 28.98 万元，是年初预算 50 万元的 58.0%。',
			'与 2021 年决算相比，变化最大的是“三公”经费：从 18.4 万元 到 28.98 万元，变化 +57.5%。',
			expect.stringMatching(/^其中最大的一项是公务用车购置及运行费（决算）：/)
		]);
	});

	it('the environment page ranks Hengyang 2022 4th of 13 and the projects page sums 附件3', async () => {
		const env = await loadEnvironment(run, { ...hengyang, scope: null });
		const lines = environmentHeadline(env, { city: 'Hengyang', ranking: env.pm25Ranking, locale: 'en' });
		expect(sentenceText(lines[1]!)).toBe(
			'Among the 13 cities of Hunan with a 2022 figure in this data set, Hengyang (whole city, 29 µg/m³) ranks 4 counting from the lowest (lowest: Chenzhou, 26 µg/m³; highest: Xiangtan, 44 µg/m³).'
		);
		const projects = projectsHeadline(await loadProjects(run, hengyang), 'zh-CN');
		expect(projects[0]?.id).toBe('projects');
		expect(texts(projects)).toEqual([
			'2022 年本数据集中有 8 个项目的绩效自评表：全年执行数合计 159.97 万元，是全年预算数合计 161.30 万元的 99.2%。',
			'按金额重算，执行率最低的是“空气质量网络运行经费”：97.4%。'
		]);
	});
});
