// Row and column labels of the standard tables, matched by meaning rather than one spelling:
// 三公经费 parts (因公出国(境)费用 / 经费 / 费, 公务用车费 / 购置及运行维护费 …), income lines of
// 收支总表 and 收入总表, and the non-class lines on the expenditure side.
import { compact, isTotalLabel, labelParts } from '../structure/index';
import type { LineCategory } from './standard-lines';

export interface LineSpec {
	readonly id: string;
	readonly en: string;
	readonly parent: string | null;
	readonly relation: 'part' | 'of_which' | null;
	readonly category: LineCategory;
}

const THREE_PUBLIC: Readonly<Record<string, LineSpec>> = {
	total: {
		id: 'three_public',
		en: 'three public expenses',
		parent: null,
		relation: null,
		category: 'three_public'
	},
	overseas: {
		id: 'three_public_overseas',
		en: 'official overseas travel',
		parent: 'three_public',
		relation: 'part',
		category: 'three_public'
	},
	vehicles: {
		id: 'three_public_vehicles',
		en: 'official vehicles: purchase and operation',
		parent: 'three_public',
		relation: 'part',
		category: 'three_public'
	},
	purchase: {
		id: 'three_public_vehicle_purchase',
		en: 'official vehicle purchase',
		parent: 'three_public_vehicles',
		relation: 'of_which',
		category: 'three_public'
	},
	running: {
		id: 'three_public_vehicle_running',
		en: 'official vehicle operation and maintenance',
		parent: 'three_public_vehicles',
		relation: 'of_which',
		category: 'three_public'
	},
	receptions: {
		id: 'three_public_receptions',
		en: 'official receptions',
		parent: 'three_public',
		relation: 'part',
		category: 'three_public'
	},
	meetings: { id: 'meetings', en: 'meeting expenses', parent: null, relation: null, category: 'basic' },
	training: { id: 'training', en: 'training expenses', parent: null, relation: null, category: 'basic' }
};

/** The 三公 line a label names ('3.公务用车费', '其中:购置经费', '运行维护费', '合 计'), or null. */
export function threePublicLine(label: string): LineSpec | null {
	const core = labelParts(label).core;
	if (core === '') return null;
	if (isTotalLabel(core) && !/用车|出国|接待/.test(core)) return THREE_PUBLIC['total'] ?? null;
	if (/三公/.test(core)) return THREE_PUBLIC['total'] ?? null;
	if (/出国/.test(core)) return THREE_PUBLIC['overseas'] ?? null;
	if (/接待/.test(core)) return THREE_PUBLIC['receptions'] ?? null;
	const purchase = /购置/.test(core);
	const running = /运行|维护/.test(core);
	if (/用车|车辆/.test(core) && purchase === running) return THREE_PUBLIC['vehicles'] ?? null;
	if (purchase) return THREE_PUBLIC['purchase'] ?? null;
	if (running) return THREE_PUBLIC['running'] ?? null;
	if (/会议/.test(core)) return THREE_PUBLIC['meetings'] ?? null;
	if (/培训/.test(core)) return THREE_PUBLIC['training'] ?? null;
	return null;
}

const rev = (
	id: string,
	en: string,
	parent: string | null,
	relation: LineSpec['relation'] = 'part'
): LineSpec => ({
	id,
	en,
	parent,
	relation: parent === null ? null : relation,
	category: 'revenue'
});

/** Income lines: the printed names (compact, numbering removed) each line goes by. */
const REVENUE: readonly { readonly spec: LineSpec; readonly names: readonly string[] }[] = [
	{ spec: rev('revenue_total', 'total income', null), names: ['收入总计', '收入总额'] },
	{
		spec: rev('revenue_current_total', 'income of the year', 'revenue_total'),
		names: ['本年收入合计', '本年收入小计', '本年收入']
	},
	{
		spec: rev('revenue_general_public', 'general public budget appropriations', 'revenue_current_total'),
		names: ['一般公共预算拨款收入', '一般公共预算财政拨款收入', '一般公共预算拨款', '一般公共预算财政拨款']
	},
	{
		spec: rev('revenue_government_fund', 'government fund budget appropriations', 'revenue_current_total'),
		names: [
			'政府性基金预算拨款收入',
			'政府性基金预算财政拨款收入',
			'政府性基金预算拨款',
			'政府性基金预算财政拨款'
		]
	},
	{
		spec: rev(
			'revenue_state_capital',
			'state capital operation budget appropriations',
			'revenue_current_total'
		),
		names: [
			'国有资本经营预算拨款收入',
			'国有资本经营预算财政拨款收入',
			'国有资本经营预算拨款',
			'国有资本经营预算财政拨款'
		]
	},
	{
		spec: rev('revenue_special_account', 'funds managed in special fiscal accounts', 'revenue_current_total'),
		names: ['财政专户管理资金收入', '财政专户管理资金']
	},
	{
		spec: rev('revenue_institution', 'public institution income', 'revenue_current_total'),
		names: ['事业收入']
	},
	{
		spec: rev(
			'revenue_business_operations',
			'operating income of public institutions',
			'revenue_current_total'
		),
		names: ['事业单位经营收入', '经营收入']
	},
	{
		spec: rev('revenue_superior_subsidy', 'subsidies from the superior unit', 'revenue_current_total'),
		names: ['上级补助收入']
	},
	{
		spec: rev('revenue_affiliate_remittance', 'remittances from affiliated units', 'revenue_current_total'),
		names: ['附属单位上缴收入']
	},
	{ spec: rev('revenue_other', 'other income', 'revenue_current_total'), names: ['其他收入'] },
	{
		spec: rev('revenue_non_appropriation_balance', 'use of non-appropriation balances', 'revenue_total'),
		names: ['使用非财政拨款结余', '用事业基金弥补收支差额', '使用非财政拨款结余(含专用结余)']
	},
	{
		spec: rev('revenue_carryover', 'carried over from the previous year', 'revenue_total'),
		names: ['上年结转', '上年结转和结余', '年初结转和结余', '上年结转结余']
	}
];

export function revenueLine(label: string): LineSpec | null {
	const core = labelParts(label).core;
	return REVENUE.find((entry) => entry.names.includes(core))?.spec ?? null;
}

/** Carry-over by fund (收入总表's 上年结转 group): 上年结转 / 一般公共预算结转资金 … */
const CARRYOVER: readonly { readonly spec: LineSpec; readonly match: RegExp }[] = [
	{
		spec: rev('revenue_carryover_general_budget', 'carry-over: general public budget', 'revenue_carryover'),
		match: /一般公共预算/
	},
	{
		spec: rev('revenue_carryover_government_fund', 'carry-over: government funds', 'revenue_carryover'),
		match: /政府性基金/
	},
	{
		spec: rev('revenue_carryover_state_capital', 'carry-over: state capital operation', 'revenue_carryover'),
		match: /国有资本/
	},
	{
		spec: rev(
			'revenue_carryover_special_account',
			'carry-over: special fiscal accounts',
			'revenue_carryover'
		),
		match: /财政专户/
	},
	{ spec: rev('revenue_carryover_other', 'carry-over: other funds', 'revenue_carryover'), match: /其他/ }
];

const INSTITUTION_SPECIAL = rev(
	'revenue_institution_special_account',
	'public institution income: of which in special fiscal accounts',
	'revenue_institution',
	'of_which'
);

/** The income line a 收入总表 column header names ('上年结转 / 小计', '本年收入 / 事业收入 / 金额' …). */
export function revenueColumn(header: string): LineSpec | null {
	const parts = header.split(' / ').map((part) => compact(part));
	const leaf = parts[parts.length - 1] ?? '';
	const groups = parts.slice(0, -1).join('/');
	if (/上年结转/.test(groups)) {
		if (isTotalLabel(leaf)) return revenueLine('上年结转');
		return CARRYOVER.find((entry) => entry.match.test(leaf))?.spec ?? null;
	}
	if (/事业收入/.test(groups)) return /其中/.test(leaf) ? INSTITUTION_SPECIAL : revenueLine('事业收入');
	if (/本年收入/.test(groups) && isTotalLabel(leaf)) return revenueLine('本年收入');
	if (groups === '' && /^(?:合计|总计|收入合计|收入总计)$/.test(leaf)) return revenueLine('收入总计');
	return revenueLine(leaf);
}

const total = (id: string, en: string): LineSpec => ({
	id,
	en,
	parent: null,
	relation: null,
	category: 'total'
});

/** Expenditure-side lines of a 收支总表 that are not 功能分类 classes. */
const EXPENDITURE: readonly { readonly spec: LineSpec; readonly names: readonly string[] }[] = [
	{ spec: total('total', 'expenditure of the year'), names: ['本年支出合计', '本年支出小计', '支出合计'] },
	{ spec: total('exp_total', 'total expenditure'), names: ['支出总计', '支出总额'] },
	{
		spec: total('exp_carry_forward', 'carried forward to the next year'),
		names: ['结转下年', '年末结转和结余', '结转下年(非财政拨款)', '年末结转结余', '结余分配']
	},
	{
		spec: { id: 'basic', en: 'basic expenditure', parent: 'total', relation: 'part', category: 'basic' },
		names: ['基本支出']
	},
	{
		spec: {
			id: 'project',
			en: 'project expenditure',
			parent: 'total',
			relation: 'part',
			category: 'project'
		},
		names: ['项目支出']
	}
];

export function expenditureLine(label: string): LineSpec | null {
	const core = labelParts(label).core;
	return EXPENDITURE.find((entry) => entry.names.includes(core))?.spec ?? null;
}

/** The 三公 line with this id (wide tables name their columns by line id). */
export function threePublicSpec(id: string): LineSpec | null {
	return Object.values(THREE_PUBLIC).find((spec) => spec.id === id) ?? null;
}

/** The header part a wide table's 三公 column is named by: the leaf, or its group when the leaf is 小计. */
function threePublicPart(header: string): string | null {
	const parts = header.split(' / ');
	const leaf = parts[parts.length - 1] ?? '';
	if (isTotalLabel(leaf)) {
		for (const group of parts.slice(0, -1).reverse()) if (threePublicLine(group) !== null) return group;
	}
	return threePublicLine(leaf) === null ? null : leaf;
}

/** The 三公 line a wide table's column header names ('预算数 / 公务用车购置及运行费 / 小计' → vehicles). */
export function threePublicColumn(header: string): LineSpec | null {
	const part = threePublicPart(header);
	return part === null ? null : threePublicLine(part);
}

/** The printed name of a wide table's 三公 column. */
export function threePublicColumnName(header: string): string {
	return threePublicPart(header) ?? header;
}

/** The income line with this id (recipes name 收入总表 columns by line id). */
export function revenueSpec(id: string): LineSpec | null {
	const all = [
		...REVENUE.map((entry) => entry.spec),
		...CARRYOVER.map((entry) => entry.spec),
		INSTITUTION_SPECIAL
	];
	return all.find((spec) => spec.id === id) ?? null;
}
