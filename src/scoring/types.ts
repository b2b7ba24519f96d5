/**
 * Domain types shared by every room of the project (scoring core, workbook contract, adapters, UI).
 * Pure data: no Office, DOM, React or file I/O. Numbers in results are plain JS numbers (unrounded);
 * the scoring core compares them exactly internally (see exact.ts), never through these floats.
 */

/** A text in both languages the user can pick. Vietnamese is the default everywhere. */
export interface Localized {
  vi: string;
  en: string;
}

export type Lang = "vi" | "en";

/** Chiều of a target: Tăng (higher is better), Giảm (lower is better), Bằng 0 (zero tolerance), Đạt (pass/fail). */
export type Direction = "increase" | "decrease" | "zero" | "pass";

/** Xếp loại CCHC / xếp loại ngành words: Xuất sắc / Tốt / Khá / Trung bình. */
export type Rating = "excellent" | "good" | "fair" | "average";

/** Xếp loại of a member by percent: Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
export type Grade = "excellent" | "good" | "pass" | "fail";

/** Đề nghị khen thưởng: Cờ thi đua (flag) or Bằng khen (merit). */
export type Award = "flag" | "merit" | null;
export type ProposedAward = Exclude<Award, null>;

/**
 * Awards a tie across a quota line leaves for the meeting's vote: `count` Cờ thi đua (or Bằng khen)
 * for the tied `members` (codes, rank order), who get award null and needsVote.
 */
export interface OpenAward {
  award: ProposedAward;
  count: number;
  /** The rank the members share. */
  rank: number;
  members: string[];
}

/** Hình thức of a violation: Không xét Cờ / Không khen thưởng / Xếp cuối. */
export type ViolationEffect = "no-flag" | "no-award" | "rank-last";

/** Cách tính chỉ tiêu giảm: Nghịch đảo r = P/A, or Tuyến tính r = max(0, 2 − A/P). */
export type DecreaseMethod = "inverse" | "linear";

/** Cách chấm of a criterion: by registered targets (Chỉ tiêu) or scored directly (Chấm điểm). */
export type ScoringMethod = "targets" | "direct";

export type Severity = "error" | "warning";

/** Where a value came from in the officer's workbook. `cells` maps a field name to its A1 address. */
export interface SourceRef {
  sheet: string;
  /** 1-based worksheet row number. */
  row: number;
  cells: Partial<Record<string, string>>;
}

/** One problem found, naming sheet and cell. `code` is stable (kebab-case, see IssueCode). */
export interface Issue {
  severity: Severity;
  sheet: string;
  /** A1 address such as "H7"; "" when the problem is a whole missing sheet. */
  cell: string;
  code: IssueCode;
  message: Localized;
}

/**
 * Stable issue codes. Reader codes come from src/workbook, semantic codes from src/scoring.
 * Keep this list the single source of truth: tests and the result JSON rely on these strings.
 */
export type IssueCode =
  // workbook structure (src/workbook)
  | "sheet-missing" // required sheet (Đơn vị, Chỉ tiêu) not found
  | "column-missing" // required column not found in the header row
  | "column-duplicate" // two columns map to the same field: the first is used
  | "sheet-empty" // a sheet has a header but no data rows
  // cell values (src/workbook)
  | "value-missing" // a required cell is empty or "-", "x", "—"
  | "value-invalid" // cannot be read as the expected kind (number, yes/no, direction, rating…)
  | "value-error" // an Excel error value (#DIV/0!, #REF!, #N/A, #VALUE!…)
  | "value-negative" // a negative number where none makes sense
  | "number-ambiguous" // "1.234" read as 1234 (Vietnamese thousands separator): check it
  | "unit-in-cell" // "12 vụ": the number was read, the unit text ignored
  | "percent-normalised" // 0,95 / "95%" / 95 read on one scale
  | "total-row-skipped" // a "Tổng cộng" row inside the data was skipped
  | "hidden-row" // a hidden row was read like any other
  | "code-missing" // a data row without Mã đơn vị
  | "code-duplicate" // a member code listed twice in Đơn vị
  | "name-missing" // a member without Tên đơn vị
  | "row-duplicate" // the same row (target, score, violation) entered twice
  | "setting-unknown" // a Cấu hình row whose Tham số is not a known setting
  | "setting-invalid" // a setting value that cannot be read
  | "criterion-duplicate" // a criterion code listed twice in Tiêu chí
  // semantic (src/scoring)
  | "no-members" // nobody to rank
  | "member-unknown" // a code in another sheet that is not in Đơn vị
  | "criterion-unknown" // a target or score for a criterion not in Tiêu chí
  | "criterion-not-applicable" // data for a criterion that does not apply to the member
  | "plan-zero" // plan 0 on a Tăng/Giảm target (an empty plan is "value-missing")
  | "ratio-absurd" // completion ratio < 10 % or > 1000 %: units mixed (tỷ vs triệu) or the ratio typed instead of the actual
  | "targets-missing" // fewer targets than the criterion's count: missing ones score 0
  | "targets-too-many" // more targets than the criterion's count: the officer must choose
  | "alternative-multiple" // a member filled two criteria of one alternative group
  | "alternative-none" // a member filled no criterion of an alternative group
  | "score-missing" // a directly scored criterion without any score for the member
  | "score-out-of-range" // a score above the standard points or below 0
  | "self-score-differs" // the self-score of a target differs from the computed points
  | "deduction-duplicate" // the same bonus/deduction line entered twice
  | "maxima-differ" // members have different maximum points: ranked by percent
  | "tie-needs-vote" // a tie the rules cannot break, across a quota boundary or not
  | "cchc-rating-ignored"; // a CCHC rating on a member not marked eligible, or similar informational notes

/** Cấu hình: every number is a setting (provinces re-issue their rules almost every year). */
export interface Settings {
  year: number | null;
  bloc: string;
  /** Địa danh: the place on the meeting documents' date line ("Kiên Giang, ngày …"); absent or "" when not given. */
  place?: string;
  /** Điểm mỗi chỉ tiêu (B), default 70. */
  pointsPerTarget: number;
  /** Thưởng tối đa mỗi chỉ tiêu (C), default 7. */
  bonusCapPerTarget: number;
  /** Hệ số thưởng (k), default 1. */
  bonusSlope: number;
  /** Cách tính chỉ tiêu giảm, default Nghịch đảo. */
  decreaseMethod: DecreaseMethod;
  /** Điểm cộng CCHC, default 5. */
  cchcBonus: number;
  /** Điểm cộng xếp loại ngành, default 5. */
  sectorBonus: number;
  /** Ngưỡng xuất sắc / tốt / hoàn thành (percent), defaults 90 / 80 / 70. */
  excellentThreshold: number;
  goodThreshold: number;
  passThreshold: number;
  /** Số Cờ thi đua (1) and Số Bằng khen (2). */
  flagCount: number;
  meritCount: number;
}

export interface MemberInput {
  code: string;
  name: string;
  /** Loại hình as written (Hành chính / Sự nghiệp / Doanh nghiệp / Khác), or null. */
  type: string | null;
  /** Cộng điểm CCHC: default false. */
  cchcEligible: boolean;
  cchcRating: Rating | null;
  sectorRating: Rating | null;
  /** Tham gia: default true. */
  participates: boolean;
  notes: string | null;
  source: SourceRef;
}

export interface CriterionInput {
  code: string;
  /** Nội dung as a roman numeral: "I", "II", "III"… */
  section: string;
  name: string;
  standardPoints: number;
  method: ScoringMethod;
  /** Số chỉ tiêu, for method "targets" (default 5). */
  targetCount: number;
  /** Điểm mỗi chỉ tiêu / Thưởng tối đa mỗi chỉ tiêu: null means "use the setting". */
  pointsPerTarget: number | null;
  bonusCapPerTarget: number | null;
  /** Áp dụng cho: null = all members, else the member codes. */
  appliesTo: string[] | null;
  /** Nhóm thay thế: criteria sharing a group name, each member does exactly one. */
  alternativeGroup: string | null;
  /** null for the built-in default criterion (no Tiêu chí sheet). */
  source: SourceRef | null;
}

export interface TargetInput {
  memberCode: string;
  criterionCode: string;
  no: string | null;
  name: string;
  unit: string | null;
  direction: Direction;
  /** Kế hoạch; null only for Đạt targets, where it is not used. */
  plan: number | null;
  /** Thực hiện; for Đạt 1 = đạt, 0 = không đạt. */
  actual: number;
  selfScore: number | null;
  notes: string | null;
  /** cells: code, criterion, name, direction, plan, actual, selfScore */
  source: SourceRef;
}

export interface ScoreInput {
  memberCode: string;
  criterionCode: string;
  self: number | null;
  verified: number | null;
  agreed: number | null;
  comment: string | null;
  /** cells: code, criterion, self, verified, agreed */
  source: SourceRef;
}

export interface AdjustmentInput {
  memberCode: string;
  kind: "bonus" | "deduction";
  reason: string;
  /** Số lần, default 1. */
  count: number;
  /** Điểm mỗi lần, a positive magnitude (deductions are stored as positive numbers). */
  pointsEach: number;
  basis: string | null;
  /** cells: code, kind, reason, count, pointsEach */
  source: SourceRef;
}

export interface ViolationInput {
  memberCode: string;
  description: string | null;
  effect: ViolationEffect;
  /** cells: code, description, effect */
  source: SourceRef;
}

/** Everything the scoring core needs, as read from a workbook (or built by hand in tests). */
export interface BlocInput {
  settings: Settings;
  members: MemberInput[];
  /** Always at least one criterion: without a Tiêu chí sheet, the default criterion "1". */
  criteria: CriterionInput[];
  targets: TargetInput[];
  scores: ScoreInput[];
  adjustments: AdjustmentInput[];
  violations: ViolationInput[];
  /** Actual sheet names found in the workbook, for issues raised by the scoring core. */
  sheetNames: { members: string; targets: string; criteria: string | null; scores: string | null; adjustments: string | null; violations: string | null; settings: string | null };
}

/** A scored target: the row it was read from (same fields, same meaning) plus what the rules made of it. */
export interface TargetResult extends Pick<TargetInput, "memberCode" | "criterionCode" | "no" | "name" | "unit" | "direction" | "plan" | "actual" | "selfScore" | "source"> {
  /** Completion ratio r (1 = 100 %), null when it cannot be computed. */
  ratio: number | null;
  base: number;
  bonus: number;
  points: number;
  /** True when the bonus hit its cap: raising the actual cannot add more. */
  capped: boolean;
  /** e.g. "97,85/95 = 103,0 % → 70 + 2,10" */
  explanation: Localized;
}

export interface CriterionResult {
  criterionCode: string;
  section: string;
  name: string;
  method: ScoringMethod;
  standardPoints: number;
  /** Points counted for the member (base + target bonus). */
  points: number;
  /** Points without target bonuses (for method "direct": the score itself). */
  base: number;
  bonus: number;
  /** For method "direct": which score was used. */
  scoreUsed: "agreed" | "verified" | "self" | null;
  /** Made when first read, then kept (an own enumerable field: reads, copies and compares as any array). */
  targets: TargetResult[];
  explanation: Localized;
  /** Source of the score row, for method "direct". */
  source: SourceRef | null;
}

export interface AdjustmentResult {
  kind: "bonus" | "deduction" | "cchc" | "sector";
  reason: Localized;
  count: number;
  pointsEach: number;
  /** Positive magnitude; deductions are subtracted. */
  points: number;
  source: SourceRef | null;
}

export interface UnitResult {
  code: string;
  name: string;
  participates: boolean;
  /** Competition rank (1, 2, 2, 4); null when unranked (not participating, or ranking blocked). */
  rank: number | null;
  tied: boolean;
  /** Points per Nội dung, every section of the bloc present (0 when none apply). */
  sections: Record<string, number>;
  /** Σ criteria base points (target bonuses excluded), tie-breaker 2. */
  base: number;
  /** Σ target bonuses inside the criteria. */
  targetBonus: number;
  /** Member-level bonus: CCHC + sector + Cộng lines. */
  bonus: number;
  /** Σ Trừ lines (positive magnitude). */
  deduction: number;
  total: number;
  max: number;
  percent: number;
  grade: Grade | null;
  award: Award;
  /** True when the member sits in a tie across a quota line: award null, "cần bình xét" (see BlocResult.openAwards). */
  needsVote: boolean;
  /** Short notes for the Ghi chú column and the JSON notes: đồng hạng, cần bình xét, excluded because… */
  notes: Localized[];
  criteria: CriterionResult[];
  adjustments: AdjustmentResult[];
  violations: ViolationInput[];
  /** How the place relative to the neighbour above was decided, null when by percent alone. */
  tieBreak: Localized | null;
  source: SourceRef;
}

export interface BlocResult {
  bloc: string;
  year: number | null;
  settings: Settings;
  /** Sections in order ("I", "II", "III"). */
  sections: string[];
  /** Rank order, unranked last. Empty when `blocked`. */
  units: UnitResult[];
  /** Awards left for the meeting's vote by ties across quota lines, in rank order. Empty when `blocked`. */
  openAwards: OpenAward[];
  /** Reader issues followed by scoring issues. */
  issues: Issue[];
  /** True when at least one error: no ranking is produced. */
  blocked: boolean;
}
