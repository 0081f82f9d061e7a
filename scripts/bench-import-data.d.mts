// Types of bench-import-data.mjs for the TypeScript tests that generate the same synthetic CSV.
export function makeSyntheticCsv(file: string, bytes: number): { file: string };
