// The 31 province-level regions as the NBS English database names them, with their Chinese names.

export const NBS_PROVINCES: Readonly<Record<string, string>> = {
	Beijing: '北京市',
	Tianjin: '天津市',
	Hebei: '河北省',
	Shanxi: '山西省',
	'Inner Mongolia': '内蒙古自治区',
	Liaoning: '辽宁省',
	Jilin: '吉林省',
	Heilongjiang: '黑龙江省',
	Shanghai: '上海市',
	Jiangsu: '江苏省',
	Zhejiang: '浙江省',
	Anhui: '安徽省',
	Fujian: '福建省',
	Jiangxi: '江西省',
	Shandong: '山东省',
	Henan: '河南省',
	Hubei: '湖北省',
	Hunan: '湖南省',
	Guangdong: '广东省',
	Guangxi: '广西壮族自治区',
	Hainan: '海南省',
	Chongqing: '重庆市',
	Sichuan: '四川省',
	Guizhou: '贵州省',
	Yunnan: '云南省',
	Tibet: '西藏自治区',
	Shaanxi: '陕西省',
	Gansu: '甘肃省',
	Qinghai: '青海省',
	Ningxia: '宁夏回族自治区',
	Xinjiang: '新疆维吾尔自治区'
};

const BY_KEY = new Map(
	Object.entries(NBS_PROVINCES).flatMap(([en, zh]) => [
		[en.toLowerCase().replace(/\s+/g, ''), { en, zh }],
		[zh, { en, zh }],
		[zh.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, ''), { en, zh }]
	])
);

/** `Hunan` / `湖南省` / `湖南` → both names; null when the name is not a province. */
export function provinceOf(name: string): { en: string; zh: string } | null {
	const key = name.normalize('NFKC').trim();
	return BY_KEY.get(key.toLowerCase().replace(/\s+/g, '')) ?? BY_KEY.get(key) ?? null;
}
