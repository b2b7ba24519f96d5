import { formatInput } from "../../scoring/number-display";
import type { AdjustmentInput, Issue } from "../../scoring/types";
import { ADJUSTMENTS_SHEET, type AdjustmentField } from "./aliases";
import { FieldReader } from "./field-reader";
import type { SheetGrid } from "../grid";
import { reportMissingCode } from "./missing-code";
import type { JoinIndexes } from "./read-targets";
import { readEachRow } from "./sheet-table";
import { parseAdjustmentKind } from "./words";

const KIND_WORDS = { vi: '"Cộng" hoặc "Trừ" (hoặc +, -)', en: '"Cộng" (bonus) or "Trừ" (deduction), or +/-' };

type Kind = AdjustmentInput["kind"];

/**
 * The kind and positive magnitude of a line. An empty Loại with a negative number ("-2") is a
 * deduction; "Trừ" with "-2" is a deduction of 2 (the sign says the same thing twice, noted);
 * "Cộng" with a negative number contradicts itself and is an error.
 */
function kindAndPoints(read: FieldReader<AdjustmentField>): { kind: Kind; points: number } | null {
  const points = read.number("pointsEach", { required: true, negative: "allow" }).value;
  const typed = read.word<Kind | null>("kind", parseAdjustmentKind, KIND_WORDS, { fallback: null });
  if (points === null || !typed.ok) return null;
  const kind = typed.value;
  if (kind === null) {
    if (points < 0) return { kind: "deduction", points: -points };
    read.missing("kind");
    return null;
  }
  if (points >= 0) return { kind, points };
  if (kind === "deduction") {
    read.report("warning", "pointsEach", "value-negative",
      `dòng Trừ ghi số âm (${formatInput(points, "vi")}): đã hiểu là trừ ${formatInput(-points, "vi")} điểm. Điểm trừ nên ghi số dương.`,
      `a Trừ (deduction) line holds a negative number (${formatInput(points, "en")}): read as a deduction of ${formatInput(-points, "en")}. Deductions are entered as positive numbers.`);
    return { kind, points: -points };
  }
  read.report("error", "pointsEach", "value-negative",
    `dòng Cộng nhưng điểm là số âm (${formatInput(points, "vi")}). Nếu là điểm trừ, hãy ghi Loại "Trừ" và số dương.`,
    `a Cộng (bonus) line with negative points (${formatInput(points, "en")}). If it is a deduction, set the kind to "Trừ" and enter a positive number.`);
  return null;
}

/** Cộng trừ: bonus and deduction lines. Identical lines are kept: the scoring core reports deduction-duplicate. */
export function readAdjustments(sheet: SheetGrid, join: JoinIndexes, issues: Issue[]): AdjustmentInput[] | null {
  return readEachRow(ADJUSTMENTS_SHEET, sheet, issues, "code", (read): AdjustmentInput | null => {
    const code = read.text("code");
    if (code === null) reportMissingCode(read, "code", { vi: "Dòng cộng/trừ điểm", en: "bonus/deduction line" });
    const reason = read.requiredText("reason");
    const count = read.number("count");
    const line = kindAndPoints(read);
    if (code === null || reason === null || !count.ok || line === null) return null;
    return {
      memberCode: join.members.resolve(code),
      kind: line.kind,
      reason,
      count: count.value ?? 1,
      pointsEach: line.points,
      basis: read.text("basis"),
      source: read.source(),
    };
  }, ["kind"]);
}
