import { departmentYears, sourcesById } from '$lib/queries/overview';
import type { QueryRunner } from '$lib/queries/query';
import { defaultView, toDepartments, toSourceMap, type DepartmentOption } from '$lib/ui/page-data';
import type { SourceMap } from '$lib/ui/sources';

/** What every dashboard page prerenders: the departments (for the switcher) and the sources (for citations). */
export async function loadCommon(
	run: QueryRunner
): Promise<{ departments: DepartmentOption[]; sources: SourceMap; primaryId: string }> {
	const [departments, sourceRows] = await Promise.all([run(departmentYears()), run(sourcesById())]);
	const list = toDepartments(departments);
	return { departments: list, sources: toSourceMap(sourceRows), primaryId: defaultView(list).departmentId };
}
