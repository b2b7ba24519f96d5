import { formatInput } from "../../scoring/number-display";
import type { AdjustmentInput, Issue } from "../../scoring/types";
import { ADJUSTMENTS_SHEET, type AdjustmentField } from "./aliases";
import { FieldReader } from "./field-reader";
import type { SheetGrid } from "../grid";
import { reportMissingCode } from "./missing-code";
import type { JoinIndexes } from "./read-targets";
import { readEachRow } from "./sheet-table";
import { parseAdjustmentKind } from "./words";
import { readerWords } from "./reader-messages";

const KIND_WORDS = readerWords((r) => r.expect.adjustmentKind);

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
    read.report("warning", "pointsEach", "value-negative", (r, lang) => r.deductionNegative({ value: formatInput(points, lang), points: formatInput(-points, lang) }));
    return { kind, points: -points };
  }
  read.report("error", "pointsEach", "value-negative", (r, lang) => r.bonusNegative({ value: formatInput(points, lang) }));
  return null;
}

/** Cộng trừ: bonus and deduction lines. Identical lines are kept: the scoring core reports deduction-duplicate. */
export function readAdjustments(sheet: SheetGrid, join: JoinIndexes, issues: Issue[]): AdjustmentInput[] | null {
  return readEachRow(ADJUSTMENTS_SHEET, sheet, issues, "code", (read): AdjustmentInput | null => {
    const code = read.text("code");
    if (code === null) reportMissingCode(read, "code", readerWords((r) => r.whatAdjustment));
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
