import type { CriterionPlan } from "./applicability";
import { BASE_FIELD, BONUS_FIELD, NO_SCORE, POINTS_FIELD, directPoints, exactCriterion, scoreUsed, type CriterionRules } from "./criterion-points";
import { ZERO, type Q } from "./exact";
import { explainAlternativeNone } from "./explain";
import { LazyField, type LazySource } from "./lazy-field";
import type { BlocContext, MemberRows } from "./member-score";
import { ScoredTargets } from "./target-result";
import type { CriterionResult, ScoreInput, TargetInput, TargetResult } from "./types";

/** What a member's criteria are made from: the bloc's rules and criterion figures. */
export type CriterionTables = Pick<BlocContext, "rules" | "slots" | "figures">;

const NO_ROWS: never[] = [];

/** A criterion's target rows, built when first read: see lazy-field.ts. */
const TARGET_ROWS = new LazyField<TargetResult[]>("targets");

/**
 * A member's criteria once scored, as scoring left them: the member's plans and rows, and its criteria's
 * rows of figures (from `first`, one per plan, criterion-points.ts FIGURE_FIELDS). Their results are made
 * when first read (UnitResult.criteria, see lazy-field.ts), and a criterion's exact sums when a member's
 * estimated sums cannot prove a figure: one object per member instead of several per criterion, which
 * all lived through every young-generation collection until the results were read.
 */
export class ScoredCriteria implements LazySource<CriterionResult[]> {
  private results: CriterionResult[] | undefined = undefined;

  constructor(
    readonly plans: readonly CriterionPlan[],
    private readonly rows: MemberRows,
    private readonly first: number,
    private readonly tables: CriterionTables,
  ) {}

  /** The exact base and bonus of the member's criterion `i` (in plan order). */
  exact(i: number): { base: Q; bonus: Q } {
    const plan = this.plans[i];
    if (plan.kind === "alternative-none") return { base: ZERO, bonus: ZERO };
    if (plan.criterion.method === "direct") return { base: directPoints(this.scoreRow(i) ?? NO_SCORE), bonus: ZERO };
    return exactCriterion(ZERO, this.targets(i), (this.tables.rules.get(plan.criterion) as CriterionRules).targets);
  }

  value(): CriterionResult[] {
    if (this.results === undefined) {
      const results = new Array<CriterionResult>(this.plans.length);
      for (let i = 0; i < results.length; i++) results[i] = this.result(i);
      this.results = results;
    }
    return this.results;
  }

  replace(results: CriterionResult[]): void {
    this.results = results;
  }

  private targets(i: number): readonly TargetInput[] {
    return this.rows.targets[this.tables.slots.get(this.plans[i].criterion) as number] ?? NO_ROWS;
  }

  private scoreRow(i: number): ScoreInput | null {
    return this.rows.scores[this.tables.slots.get(this.plans[i].criterion) as number]?.[0] ?? null;
  }

  /**
   * The one place a CriterionResult is made (no spread: one object shape). Fields are added in the
   * contract's order; the target rows and the explanation are made when read.
   */
  private result(i: number): CriterionResult {
    const plan = this.plans[i];
    const criterion = plan.criterion;
    const rules = this.tables.rules.get(criterion) as CriterionRules;
    const figures = this.tables.figures;
    const at = this.first + i;
    const direct = plan.kind === "scored" && criterion.method === "direct";
    const row = direct ? this.scoreRow(i) : null;
    const result = {
      criterionCode: criterion.code,
      section: criterion.section,
      name: criterion.name,
      method: criterion.method,
      standardPoints: criterion.standardPoints,
      points: figures.get(at, POINTS_FIELD),
      base: figures.get(at, BASE_FIELD),
      bonus: figures.get(at, BONUS_FIELD),
      scoreUsed: direct ? scoreUsed(row ?? NO_SCORE) : null,
    } as CriterionResult;
    if (plan.kind === "alternative-none") {
      result.targets = [];
      result.explanation = explainAlternativeNone(plan.group);
    } else if (direct) {
      result.targets = [];
      result.explanation = rules.directTexts.of(row ?? NO_SCORE);
    } else {
      const targets = new ScoredTargets(this.targets(i), rules.targets);
      TARGET_ROWS.define(result, targets);
      result.explanation = rules.targets.sumTexts.of(targets);
    }
    result.source = row === null ? null : row.source;
    return result;
  }
}
