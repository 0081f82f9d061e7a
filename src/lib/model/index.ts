// The data contract (docs/data-model.md) as code, shared by the Node data build and the browser.
export * from './enums';
export * from './money';
export * from './names';
export * from './schema';
export * from './columns';
export * from './tables';
export type * from './rows';
export * from './problems';
export { parseCsv, csvObjects, normaliseCsvText, type CsvRecord, type CsvParse } from './csv';
export { parseCell, decimalsOf, type CellResult } from './cells';
export * from './validate';
export { DatasetStream, loadedRows, type DatasetResult } from './dataset-stream';
export { TableStream } from './table-stream';
export { CsvPieces, completeRecordsEnd } from './csv-pieces';
export * from './stored';
export * from './encode-rows';
export * from './catalog';
export * from './layout';
