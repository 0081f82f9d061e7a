/**
 * The department an environmental finding belongs to: the department of the source that states the
 * figure (sources.department_id); for a source of no department (a yearbook, a bulletin), the
 * region's department when the data hold exactly one, else none (the finding stays regional rather
 * than landing on one bureau of several).
 */
export const DEPARTMENT_OF = (source: string, region: string) =>
	`coalesce((SELECT s.department_id FROM sources s WHERE s.source_id = ${source}),
           (SELECT CASE WHEN count(*) = 1 THEN min(d.department_id) END FROM departments d WHERE d.region_id = ${region}))`;
