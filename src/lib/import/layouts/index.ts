// Every layout the importer tries, most specific first (ties in score go to the earlier one).
import type { Layout } from '../types';
import { cityYearbookLayout } from './city-yearbook';
import { contractTableLayout } from './contract-table';
import { genericLongLayout } from './generic-long';
import { genericWideLayout } from './generic-wide';
import { nbsProvinceLayout } from './nbs-province';
import { STANDARD_LAYOUTS } from './standard';

export const LAYOUTS: readonly Layout[] = [
	contractTableLayout,
	cityYearbookLayout,
	nbsProvinceLayout,
	...STANDARD_LAYOUTS,
	genericLongLayout,
	genericWideLayout
];
