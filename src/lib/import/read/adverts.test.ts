import { describe, expect, it } from 'vitest';
import { sheetFromText } from '../sheet';
import { headRows } from '../sheet';
import { contentOf, isAdvert } from './adverts';

function advert(name: string, rows: string[][]): boolean {
	return isAdvert(name, contentOf(headRows(sheetFromText(name, rows), 1000)));
}

describe('isAdvert: by content, not by one name', () => {
	it('finds third-party advert sheets', () => {
		expect(advert('Sheet2', [['百度搜索“马克数据网”，获取更多价值数据！']])).toBe(true);
		expect(advert('更多数据，尽在【某数据网】', [['访问我们']])).toBe(true);
		expect(advert('说明', [['关注微信公众号 shuju', ''], ['https://example.com']])).toBe(true);
	});

	it('keeps small tables that only cite a web address, and sheets without advert words', () => {
		const threePublic = [
			['项目', '预算数', '决算数'],
			['因公出国（境）费', '2.5', '1.8'],
			['公务接待费', '3', '2.1'],
			['来源：http://www.example.gov.cn']
		];
		expect(advert('三公经费', threePublic)).toBe(false);
		expect(advert('Sheet2', [['注：本表不含市本级']])).toBe(false);
		expect(advert('Sheet3', [])).toBe(false);
	});
});
