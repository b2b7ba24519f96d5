import { defaultCriterion } from "../../src/scoring/criteria-defaults";
import { withDefaults } from "../../src/scoring/settings";
import type {
  AdjustmentInput,
  BlocInput,
  CriterionInput,
  Direction,
  MemberInput,
  ScoreInput,
  Settings,
  SourceRef,
  TargetInput,
  ViolationEffect,
  ViolationInput,
} from "../../src/scoring/types";

/** Hand-built BlocInput for tests: each row gets the next worksheet row of its sheet and A1 cells per field. */
export const SHEETS = {
  members: "Đơn vị",
  targets: "Chỉ tiêu",
  criteria: "Tiêu chí",
  scores: "Chấm điểm",
  adjustments: "Cộng trừ",
  violations: "Vi phạm",
  settings: "Cấu hình",
} as const;

function sourceRef(sheet: string, row: number, fields: string[]): SourceRef {
  const cells: Record<string, string> = {};
  fields.forEach((f, i) => (cells[f] = String.fromCharCode(65 + i) + row));
  return { sheet, row, cells };
}

const MEMBER_FIELDS = ["code", "name", "type", "cchcEligible", "cchcRating", "sectorRating", "participates", "notes"];
const TARGET_FIELDS = ["code", "criterion", "no", "name", "unit", "direction", "plan", "actual", "selfScore", "notes"];
const CRITERION_FIELDS = ["code", "section", "name", "standardPoints", "method", "targetCount", "pointsPerTarget", "bonusCapPerTarget", "appliesTo", "alternativeGroup"];
const SCORE_FIELDS = ["code", "criterion", "self", "verified", "agreed", "comment"];
const ADJUSTMENT_FIELDS = ["code", "kind", "reason", "count", "pointsEach", "basis"];
const VIOLATION_FIELDS = ["code", "description", "effect"];

export class BlocBuilder {
  private readonly rows: Record<keyof typeof SHEETS, number> = { members: 1, targets: 1, criteria: 1, scores: 1, adjustments: 1, violations: 1, settings: 1 };
  readonly members: MemberInput[] = [];
  readonly criteria: CriterionInput[] = [];
  readonly targets: TargetInput[] = [];
  readonly scores: ScoreInput[] = [];
  readonly adjustments: AdjustmentInput[] = [];
  readonly violations: ViolationInput[] = [];
  readonly settings: Settings;

  constructor(settings: Partial<Settings> = {}) {
    this.settings = withDefaults(settings);
  }

  private next(sheet: keyof typeof SHEETS, fields: string[]): SourceRef {
    this.rows[sheet] += 1;
    return sourceRef(SHEETS[sheet], this.rows[sheet], fields);
  }

  member(code: string, name = code, extra: Partial<MemberInput> = {}): this {
    this.members.push({ code, name, type: null, cchcEligible: false, cchcRating: null, sectorRating: null, participates: true, notes: null, source: this.next("members", MEMBER_FIELDS), ...extra });
    return this;
  }

  criterion(code: string, extra: Partial<CriterionInput> = {}): this {
    this.criteria.push({
      code,
      section: "I",
      name: `Tiêu chí ${code}`,
      standardPoints: 20,
      method: "direct",
      targetCount: 5,
      pointsPerTarget: null,
      bonusCapPerTarget: null,
      appliesTo: null,
      alternativeGroup: null,
      source: this.next("criteria", CRITERION_FIELDS),
      ...extra,
    });
    return this;
  }

  target(memberCode: string, direction: Direction, plan: number | null, actual: number, extra: Partial<TargetInput> = {}): this {
    const source = this.next("targets", TARGET_FIELDS);
    this.targets.push({ memberCode, criterionCode: "1", no: null, name: `Chỉ tiêu ${source.row}`, unit: null, direction, plan, actual, selfScore: null, notes: null, source, ...extra });
    return this;
  }

  score(memberCode: string, criterionCode: string, scores: Partial<Pick<ScoreInput, "self" | "verified" | "agreed">>): this {
    this.scores.push({ memberCode, criterionCode, self: null, verified: null, agreed: null, comment: null, ...scores, source: this.next("scores", SCORE_FIELDS) });
    return this;
  }

  adjust(memberCode: string, kind: "bonus" | "deduction", reason: string, pointsEach: number, count = 1): this {
    this.adjustments.push({ memberCode, kind, reason, count, pointsEach, basis: null, source: this.next("adjustments", ADJUSTMENT_FIELDS) });
    return this;
  }

  violation(memberCode: string, effect: ViolationEffect, description: string | null = "Vi phạm"): this {
    this.violations.push({ memberCode, effect, description, source: this.next("violations", VIOLATION_FIELDS) });
    return this;
  }

  build(): BlocInput {
    const hasCriteria = this.criteria.length > 0;
    return {
      settings: this.settings,
      members: [...this.members],
      criteria: hasCriteria ? [...this.criteria] : [defaultCriterion(this.settings)],
      targets: [...this.targets],
      scores: [...this.scores],
      adjustments: [...this.adjustments],
      violations: [...this.violations],
      sheetNames: {
        members: SHEETS.members,
        targets: SHEETS.targets,
        criteria: hasCriteria ? SHEETS.criteria : null,
        scores: this.scores.length > 0 ? SHEETS.scores : null,
        adjustments: this.adjustments.length > 0 ? SHEETS.adjustments : null,
        violations: this.violations.length > 0 ? SHEETS.violations : null,
        settings: null,
      },
    };
  }
}

/** The worked example of domain.md: three administrative units, default settings. */
export function workedExample(settings: Partial<Settings> = {}): BlocBuilder {
  return new BlocBuilder(settings)
    .member("CT", "Cục Thuế", { cchcEligible: true, cchcRating: "excellent" })
    .member("CV", "Cảng vụ", { cchcEligible: true, cchcRating: "excellent" })
    .member("KB", "Kho bạc", { cchcEligible: true, cchcRating: "good" })
    .target("CT", "increase", 9000, 9450)
    .target("CT", "decrease", 5.0, 4.0)
    .target("CT", "increase", 98, 99.5)
    .target("CT", "increase", 400, 380)
    .target("CT", "increase", 100, 100)
    .target("CV", "increase", 12000, 10800)
    .target("CV", "increase", 25, 27.5)
    .target("CV", "zero", 0, 0)
    .target("CV", "increase", 150, 165)
    .target("CV", "increase", 100, 100)
    .target("KB", "increase", 95, 97.85)
    .target("KB", "increase", 100, 99.6)
    .target("KB", "increase", 90, 100)
    .target("KB", "decrease", 10, 12)
    .target("KB", "increase", 12000, 12600)
    .adjust("KB", "deduction", "Nộp báo cáo trễ hạn", 2);
}
