/** Tables of the data contract, in load order (referenced tables first: regions before departments). */
export const TABLE_NAMES = [
	'sources',
	'regions',
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
