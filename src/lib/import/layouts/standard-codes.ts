// 政府收支分类科目: the 支出功能分类 类 (3-digit classes) with the names they were printed under
// over the years, and the 支出经济分类 classes of 基本支出 tables. Only codes whose names we are
// sure of are listed; any other valid code is still imported (the key is the code, the name is
// kept as printed), it only lacks an English label.
import { labelCore } from '../structure/index';

interface CodeName {
	readonly code: string;
	readonly zh: readonly string[];
	readonly en: string;
}

/** 类 of the expenditure functional classification; the first name is the current one. */
export const FUNCTION_CLASSES: readonly CodeName[] = [
	{ code: '201', zh: ['一般公共服务支出', '一般公共服务'], en: 'general public services' },
	{ code: '202', zh: ['外交支出', '外交'], en: 'foreign affairs' },
	{ code: '203', zh: ['国防支出', '国防'], en: 'national defence' },
	{ code: '204', zh: ['公共安全支出', '公共安全'], en: 'public security' },
	{ code: '205', zh: ['教育支出', '教育'], en: 'education' },
	{ code: '206', zh: ['科学技术支出', '科学技术'], en: 'science and technology' },
	{
		code: '207',
		zh: ['文化旅游体育与传媒支出', '文化体育与传媒支出', '文化体育与传媒'],
		en: 'culture, tourism, sports and media'
	},
	{ code: '208', zh: ['社会保障和就业支出', '社会保障和就业'], en: 'social security and employment' },
	{ code: '209', zh: ['社会保险基金支出'], en: 'social insurance funds' },
	{
		code: '210',
		zh: ['卫生健康支出', '医疗卫生与计划生育支出', '医疗卫生支出', '医疗卫生'],
		en: 'health'
	},
	{ code: '211', zh: ['节能环保支出', '节能环保'], en: 'energy conservation and environmental protection' },
	{ code: '212', zh: ['城乡社区支出', '城乡社区事务'], en: 'urban and rural community affairs' },
	{ code: '213', zh: ['农林水支出', '农林水事务'], en: 'agriculture, forestry and water' },
	{ code: '214', zh: ['交通运输支出', '交通运输'], en: 'transport' },
	{
		code: '215',
		zh: ['资源勘探工业信息等支出', '资源勘探信息等支出', '资源勘探电力信息等支出', '资源勘探电力信息等事务'],
		en: 'resource exploration, industry and information'
	},
	{ code: '216', zh: ['商业服务业等支出', '商业服务业等事务'], en: 'commerce and services' },
	{ code: '217', zh: ['金融支出', '金融监管等事务支出', '金融监管等事务'], en: 'finance' },
	{ code: '219', zh: ['援助其他地区支出'], en: 'aid to other regions' },
	{
		code: '220',
		zh: ['自然资源海洋气象等支出', '国土海洋气象等支出', '国土资源气象等事务'],
		en: 'natural resources, oceans and meteorology'
	},
	{ code: '221', zh: ['住房保障支出'], en: 'housing security' },
	{
		code: '222',
		zh: ['粮油物资储备支出', '粮油物资储备事务', '粮油物资储备管理事务'],
		en: 'grain and materials reserves'
	},
	{ code: '224', zh: ['灾害防治及应急管理支出'], en: 'disaster prevention and emergency management' },
	{ code: '227', zh: ['预备费'], en: 'reserve fund' },
	{ code: '229', zh: ['其他支出'], en: 'other expenditure' },
	{ code: '230', zh: ['转移性支出'], en: 'transfers' },
	{ code: '231', zh: ['债务还本支出'], en: 'debt principal repayment' },
	{ code: '232', zh: ['债务付息支出'], en: 'debt interest' },
	{ code: '233', zh: ['债务发行费用支出'], en: 'debt issuance costs' }
];

/** 类, 款 or 项 code of the expenditure functional classification (2xx, 2xxxx, 2xxxxxx). */
export function isFunctionalCode(code: string): boolean {
	if (!/^\d{3}(?:\d{2}){0,2}$/.test(code)) return false;
	const cls = Number(code.slice(0, 3));
	return cls >= 201 && cls <= 239;
}

/** The 3-digit code of a 类 name as printed ('一、节能环保支出' → '211'), or null. */
export function functionClassOfName(name: string): string | null {
	const core = labelCore(name);
	return FUNCTION_CLASSES.find((entry) => entry.zh.includes(core))?.code ?? null;
}

/** English label of a functional code: the class name for 类, the code itself below that. */
export function functionalEnglish(code: string): string {
	const cls = FUNCTION_CLASSES.find((entry) => entry.code === code);
	return cls === undefined ? `functional classification ${code}` : `${cls.en} (${code})`;
}

/** 经济分类 classes of 基本支出 and whether they belong to 人员经费 or 公用经费. */
const ECONOMIC_CLASSES: Readonly<Record<string, { readonly en: string; readonly personnel: boolean }>> = {
	'301': { en: 'wages and benefits', personnel: true },
	'302': { en: 'goods and services', personnel: false },
	'303': { en: 'subsidies to individuals and households', personnel: true },
	'307': { en: 'debt interest and costs', personnel: false },
	'309': { en: 'capital expenditure (capital construction)', personnel: false },
	'310': { en: 'capital expenditure', personnel: false },
	'312': { en: 'subsidies to enterprises', personnel: false },
	'399': { en: 'other expenditure', personnel: false }
};

const ECONOMIC_SUBCLASSES: Readonly<Record<string, string>> = {
	'30101': 'basic salaries',
	'30102': 'allowances and subsidies',
	'30103': 'bonuses',
	'30107': 'performance pay',
	'30108': 'basic pension insurance contributions',
	'30109': 'occupational annuity contributions',
	'30110': 'basic medical insurance contributions',
	'30112': 'other social security contributions',
	'30113': 'housing provident fund',
	'30199': 'other wages and benefits',
	'30201': 'office expenses',
	'30205': 'water',
	'30206': 'electricity',
	'30207': 'post and telecommunications',
	'30211': 'travel',
	'30213': 'repairs and maintenance',
	'30215': 'meetings',
	'30216': 'training',
	'30217': 'official receptions',
	'30228': 'trade union funds',
	'30231': 'official vehicle operation and maintenance',
	'30299': 'other goods and services',
	'30301': 'retirement pay (离休)',
	'30302': 'retirement pay (退休)',
	'30399': 'other subsidies to individuals and households'
};

/** 经济分类 class (3 digits) or sub-class (5 digits) of a 基本支出 table: 3xx or 3xxxx. */
export function isEconomicClass(code: string): boolean {
	return /^3\d{2}(?:\d{2})?$/.test(code);
}

/** 人员经费 for 301/303 and their sub-classes, 公用经费 for the others; null for an unknown class. */
export function economicGroup(code: string): 'personnel' | 'public_operating' | null {
	const known = ECONOMIC_CLASSES[code.slice(0, 3)];
	if (known === undefined) return null;
	return known.personnel ? 'personnel' : 'public_operating';
}

export function economicEnglish(code: string): string {
	const name = code.length === 3 ? ECONOMIC_CLASSES[code]?.en : ECONOMIC_SUBCLASSES[code];
	return name === undefined ? `economic classification ${code}` : `${name} (${code})`;
}
