// The standard disclosure-table and self-assessment layouts, in the order ties are broken.
import type { Layout } from '../types';
import { selfAssessmentDepartment } from './self-assessment-department';
import { selfAssessmentProject } from './self-assessment-project';
import { standardBasicByEconomicClass } from './standard-basic-by-economic-class';
import { standardExpenditureByFunction } from './standard-expenditure-by-function';
import { standardIncomeByUnit } from './standard-income-by-unit';
import { standardIncomeExpenditureSummary } from './standard-income-expenditure-summary';
import { standardThreePublic } from './standard-three-public';

export const STANDARD_LAYOUTS: readonly Layout[] = [
	standardIncomeExpenditureSummary,
	standardIncomeByUnit,
	standardExpenditureByFunction,
	standardBasicByEconomicClass,
	standardThreePublic,
	selfAssessmentProject,
	selfAssessmentDepartment
];
