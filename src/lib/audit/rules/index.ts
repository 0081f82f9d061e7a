import type { AuditRule } from '../types';
import * as covered from './coverage-existing';
import { applicationByExpenditure, childExceedsParent, partsSum } from './totals';
import { sectionsByClass, staffingParts } from './counts';
import { controlRate, executionRate, executionRoundedUp, shareOfParent } from './rates';
import { pointsForConcentration, yoyChange } from './changes';
import { indicatorVsEnvironment, projectVsLine, restatedSpending } from './restated';
import { applicationVsBudget, sameItemTwoLines, staffingRestated } from './restated-more';
import { fullMarksShortfall, fullMarksVsObserved, scoreTotal } from './scoring';
import { executedOverBudget, finalOverBudget, weightsTotal } from './extra';
import { restatedProject } from './restated-project';
import { functionCodeSum, rowTotalByKind } from './standard';
import { basicPersonnelPublic, incomeEqualsExpenditure, totalAcrossTables } from './standard-more';
import { fundingScoreVsRate, scoreOverWeight, scoresWithinWeights } from './scoring-more';
import { identicalAcrossYears, outcomeCopiesGoal, outcomeFromOtherProject } from './text';

const COVERAGE: Readonly<Record<string, string>> = {
	parts_sum: covered.PARTS_SUM_COVERAGE,
	child_exceeds_parent: covered.CHILD_EXCEEDS_PARENT_COVERAGE,
	execution_rate: covered.EXECUTION_RATE_COVERAGE,
	restated_spending: covered.RESTATED_SPENDING_COVERAGE,
	project_vs_line: covered.PROJECT_VS_LINE_COVERAGE,
	indicator_vs_environment: covered.INDICATOR_VS_ENVIRONMENT_COVERAGE,
	final_over_budget: covered.FINAL_OVER_BUDGET_COVERAGE
};

/** A rule with its coverage statement (its own, or the one written for it later). */
function withCoverage(rule: AuditRule): AuditRule {
	const coverage = rule.coverage ?? COVERAGE[rule.id];
	return coverage === undefined ? rule : { ...rule, coverage };
}

/**
 * Every audit rule, in the order the rules page lists them. To add a rule, write it as an
 * `AuditRule` in this folder (see docs/audit.md) and add it here.
 */
export const RULES: readonly AuditRule[] = (
	[
		// 1. totals against the sum of their parts
		partsSum,
		childExceedsParent,
		applicationByExpenditure,
		staffingParts,
		sectionsByClass,
		functionCodeSum,
		rowTotalByKind,
		incomeEqualsExpenditure,
		basicPersonnelPublic,
		// 2. stated rates and shares against the figures they are made of
		executionRate,
		executionRoundedUp,
		controlRate,
		shareOfParent,
		yoyChange,
		// 3. the same fact in more than one place
		restatedSpending,
		projectVsLine,
		indicatorVsEnvironment,
		staffingRestated,
		sameItemTwoLines,
		applicationVsBudget,
		totalAcrossTables,
		restatedProject,
		// 4. self-assessment scoring
		scoreTotal,
		fullMarksShortfall,
		fullMarksVsObserved,
		scoreOverWeight,
		fundingScoreVsRate,
		scoresWithinWeights,
		// 5. further checks
		weightsTotal,
		executedOverBudget,
		finalOverBudget,
		outcomeCopiesGoal,
		outcomeFromOtherProject,
		identicalAcrossYears,
		pointsForConcentration
	] as const
).map(withCoverage);

export function ruleById(id: string): AuditRule | undefined {
	return RULES.find((rule) => rule.id === id);
}
