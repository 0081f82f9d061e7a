// The reference rows an import needs (regions, departments, sources): the ones the data already
// hold, matched by name, and the ones the import adds. A name printed in a file becomes an id here,
// so every layout resolves departments and regions the same way.
import type { ContractRow, Recipe } from './types';
import { fnv8, slugOf } from './ids';
import { sourceKindOf } from './source-kind';
import { provinceOf } from './layouts/nbs-provinces';

export type ReferenceTable = 'regions' | 'departments' | 'sources';
/** The reference tables, in contract order (facts cite them). */
export const REFERENCE_TABLES: readonly ReferenceTable[] = ['regions', 'departments', 'sources'];

export interface RegionRef {
	readonly name_zh: string;
	readonly name_en?: string;
	/** The parent region's name as printed (a yearbook's province row), if known. */
	readonly parent?: string;
	readonly level?: 'country' | 'province' | 'prefecture' | 'county' | 'district';
}

/** How a department name reads: 县 → county, 区 → district, 省/自治区 → province, else prefecture. */
function levelOfName(name: string): string {
	if (/(省|自治区)(?!.*市)/.test(name) && !/市/.test(name)) return 'province';
	if (/县/.test(name)) return 'county';
	if (/区(?!域)/.test(name.replace(/自治区|流域|区域/g, ''))) return 'district';
	return 'prefecture';
}

/** Names compared without spaces and with full-width brackets made ASCII. */
export function nameKey(name: string): string {
	return name.normalize('NFKC').replace(/\s+/g, '');
}

export class Registry {
	readonly existing: Record<ReferenceTable, ContractRow[]>;
	readonly added: Record<ReferenceTable, ContractRow[]> = { regions: [], departments: [], sources: [] };

	constructor(existing: Partial<Record<ReferenceTable, readonly ContractRow[]>>) {
		this.existing = {
			regions: [...(existing.regions ?? [])],
			departments: [...(existing.departments ?? [])],
			sources: [...(existing.sources ?? [])]
		};
	}

	private all(table: ReferenceTable): ContractRow[] {
		return [...this.existing[table], ...this.added[table]];
	}

	private takenIds(table: ReferenceTable, idColumn: string): Set<string> {
		return new Set(this.all(table).map((row) => row[idColumn] ?? ''));
	}

	/** A fresh id: the readable slug when free, else slug + hash of the name. */
	private freshId(table: ReferenceTable, idColumn: string, slug: string, name: string): string {
		const taken = this.takenIds(table, idColumn);
		if (slug !== '' && !taken.has(slug)) return slug;
		const prefix = { regions: 'r', departments: 'd', sources: 's' }[table];
		return slug === '' ? `${prefix}_${fnv8(name)}` : `${slug}_${fnv8(name)}`;
	}

	/** A region by its Chinese or English name, or by its region_id. */
	findRegion(name: string): ContractRow | undefined {
		const key = nameKey(name);
		const rows = this.all('regions');
		return (
			rows.find((row) => row['region_id'] === name) ??
			rows.find((row) => nameKey(row['name_zh'] ?? '') === key) ??
			rows.find((row) => nameKey(row['name_en'] ?? '').toLowerCase() === key.toLowerCase())
		);
	}

	regionId(region: RegionRef): string {
		const found =
			this.findRegion(region.name_zh) ?? (region.name_en ? this.findRegion(region.name_en) : undefined);
		if (found !== undefined) return found['region_id'] ?? '';
		// A province is named the same way everywhere: its English name and parent (中国) are known.
		const province = provinceOf(region.name_zh) ?? (region.name_en ? provinceOf(region.name_en) : null);
		if (province !== null) {
			const existing = this.findRegion(province.zh);
			if (existing !== undefined) return existing['region_id'] ?? '';
			return this.addRegion(
				{ name_zh: province.zh, name_en: province.en, level: 'province' },
				this.findRegion('中国')?.['region_id'] ?? ''
			);
		}
		const parentId =
			region.parent === undefined ? '' : this.regionId({ name_zh: region.parent, level: 'province' });
		return this.addRegion(region, parentId);
	}

	private addRegion(region: RegionRef, parentId: string): string {
		const nameEn = region.name_en?.trim() || region.name_zh.trim();
		const id = this.freshId('regions', 'region_id', slugOf(region.name_en ?? ''), region.name_zh);
		this.added.regions.push({
			region_id: id,
			code: '',
			name_zh: region.name_zh.trim(),
			name_en: nameEn,
			level: region.level ?? 'prefecture',
			parent_region_id: parentId
		});
		return id;
	}

	/** `regionId` is `ancestorId` or lies under it (following parent_region_id). */
	isWithin(regionId: string, ancestorId: string): boolean {
		const parents = new Map(
			this.all('regions').map((row) => [row['region_id'] ?? '', row['parent_region_id'] ?? ''])
		);
		for (
			let id: string | undefined = regionId, hops = 0;
			id !== undefined && id !== '' && hops < 16;
			hops++
		) {
			if (id === ancestorId) return true;
			id = parents.get(id);
		}
		return false;
	}

	/** The region whose name the department's name starts with (衡阳市生态环境局 → 衡阳市), longest first. */
	private regionOfDepartment(name: string): ContractRow | undefined {
		const key = nameKey(name);
		return this.all('regions')
			.filter((row) => row['name_zh'] !== '' && key.startsWith(nameKey(row['name_zh'] ?? '')))
			.sort((a, b) => (b['name_zh'] ?? '').length - (a['name_zh'] ?? '').length)[0];
	}

	departmentId(nameZh: string, options: { id?: string; name_en?: string } = {}): string {
		const key = nameKey(nameZh);
		const found = this.all('departments').find((row) => nameKey(row['name_zh'] ?? '') === key);
		if (found !== undefined) return found['department_id'] ?? '';
		const id = options.id ?? this.freshId('departments', 'department_id', '', nameZh);
		const region = this.regionOfDepartment(nameZh);
		this.added.departments.push({
			department_id: id,
			name_zh: nameZh.trim(),
			name_en: options.name_en ?? nameZh.trim(),
			region_zh: region?.['name_zh'] ?? '（未载明）',
			region_en: region?.['name_en'] ?? '(not stated)',
			region_id: region?.['region_id'] ?? '',
			level: region?.['level'] === 'country' ? 'central' : levelOfName(nameZh),
			is_primary: 'false'
		});
		return id;
	}

	/** The recipe's source: an existing source_id is reused as is, else a source row is added. */
	sourceId(recipe: Recipe, file: string, departmentId: string | null): string {
		const wanted = recipe.source.id;
		const taken = this.takenIds('sources', 'source_id');
		if (wanted !== null && taken.has(wanted)) return wanted;
		const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
		// A Chinese file name slugs to its digits alone ("2022"): hash it instead.
		const slug = /[\u3400-\u9fff]/.test(base) ? '' : slugOf(base);
		const id = wanted ?? this.freshId('sources', 'source_id', slug, base);
		const title = recipe.source.title_zh ?? base;
		this.added.sources.push({
			source_id: id,
			title_zh: title,
			title_en: recipe.source.title_en ?? title,
			publisher_zh: recipe.source.publisher_zh ?? recipe.department?.name_zh ?? '（未载明）',
			publisher_en: recipe.department?.name_en ?? '(not stated)',
			department_id: departmentId ?? '',
			fiscal_year: recipe.year === null ? '' : String(recipe.year),
			published_on: recipe.edition ? String(recipe.edition) : '',
			kind: recipe.source.kind ?? sourceKindOf(recipe),
			location: base,
			note: 'Imported with npm run import from the file named in file_name.',
			edition: recipe.edition ? String(recipe.edition) : '',
			url: '',
			file_name: file.replace(/^.*[\\/]/, '')
		});
		return id;
	}
}
