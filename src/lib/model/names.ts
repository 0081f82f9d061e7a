/** Tables of the data contract, in load order (referenced tables first). */
export const TABLE_NAMES = [
	'sources',
	'departments',
	'spending',
	'projects',
	'indicators',
	'environment',
	'staffing',
	'activities',
	'regional_finance'
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export function isTableName(name: string): name is TableName {
	return (TABLE_NAMES as readonly string[]).includes(name);
}
