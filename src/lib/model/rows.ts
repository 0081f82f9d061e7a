import type { MoneyUnit } from './enums';
import type { ColumnDef, TableDef } from './schema';
import type { TableName } from './names';
import type { Tables } from './tables';

type BaseValue<C extends ColumnDef> = C extends { readonly values: readonly (infer V)[] }
	? V
	: C['type'] extends 'int' | 'decimal'
		? number
		: C['type'] extends 'bool'
			? boolean
			: string;

/** The TypeScript value of a cell: `null` only for nullable columns. */
export type CellValueOf<C extends ColumnDef> = C extends { readonly nullable: true }
	? BaseValue<C> | null
	: BaseValue<C>;

/** A validated row as the contract describes it. */
export type RowOf<T extends TableDef> = {
	readonly [C in T['columns'][number] as C['name']]: CellValueOf<C>;
};

/** `<column>_decimals`: decimals as written in the CSV for every decimal column. */
export type DecimalsOf<T extends TableDef> = {
	readonly [
		C in T['columns'][number] as C extends { readonly type: 'decimal' } ? `${C['name']}_decimals` : never
	]: C extends { readonly nullable: true } ? number | null : number;
};

/** The name of a column of `T` whose allowed values are money units. */
type MoneyUnitColumn<T extends TableDef> = Extract<
	T['columns'][number],
	{ readonly values: readonly MoneyUnit[] }
>['name'];

/** `<column>_wan`: a money amount converted to 万元 for every decimal column whose unit is money. */
export type WanOf<T extends TableDef> = {
	readonly [
		C in T['columns'][number] as C extends {
			readonly type: 'decimal';
			readonly unitColumn: MoneyUnitColumn<T>;
		}
			? `${C['name']}_wan`
			: never
	]: C extends { readonly nullable: true } ? number | null : number;
};

/** A row as written by the data build (Parquet / normalised CSV) and loaded by the site. */
export type StoredRowOf<T extends TableDef> = RowOf<T> & DecimalsOf<T> & WanOf<T>;

export type RowByTable = { readonly [N in TableName]: RowOf<Tables[N]> };
export type StoredRowByTable = { readonly [N in TableName]: StoredRowOf<Tables[N]> };

export type SourceRow = RowByTable['sources'];
export type RegionRow = RowByTable['regions'];
export type DepartmentRow = RowByTable['departments'];
export type SpendingRow = RowByTable['spending'];
export type ProjectRow = RowByTable['projects'];
export type IndicatorRow = RowByTable['indicators'];
export type EnvironmentRow = RowByTable['environment'];
export type StaffingRow = RowByTable['staffing'];
export type ActivityRow = RowByTable['activities'];
export type RegionalFinanceRow = RowByTable['regional_finance'];

/** Any cell value after parsing. */
export type CellValue = string | number | boolean | null;
