import { formatInput } from "../../scoring/number-display";
import type { Direction, Issue, TargetInput } from "../../scoring/types";
import { TARGETS_SHEET, type TargetField } from "./aliases";
import { readNumber } from "./cell-values";
import type { CodeIndex } from "./code-index";
import type { DataRow } from "./data-rows";
import { FieldReader, type NumberCell } from "./field-reader";
import type { SheetGrid } from "../grid";
import { normalisePercent, type PercentValue } from "./percent";
import { DuplicateRows } from "./row-duplicates";
import { readEachRow } from "./sheet-table";
import { textKey } from "./text-key";
import { parseDirection, parsePassFail } from "./words";
import { readerWords } from "./reader-messages";

const DIRECTION_WORDS = readerWords((r) => r.expect.direction);
const PASS_WORDS = readerWords((r) => r.expect.passFail);

export interface JoinIndexes {
  members: CodeIndex;
  criteria: CodeIndex;
}

/** An actual typed as "Đạt"/"Không đạt" with no Chiều says the target is pass/fail. */
function looksPassFail(row: DataRow<TargetField>): boolean {
  const actual = row.value("actual");
  return typeof actual === "string" && readNumber(actual).kind === "invalid" && parsePassFail(actual) !== undefined;
}

function readDirection(read: FieldReader<TargetField>): { direction: Direction; ok: boolean } {
  if (read.text("direction") === null && looksPassFail(read.row)) return { direction: "pass", ok: true };
  const { value, ok } = read.word<Direction>("direction", parseDirection, DIRECTION_WORDS, { fallback: "increase" });
  return { direction: value, ok };
}

function readPass(read: FieldReader<TargetField>): { plan: number | null; actual: number | null } {
  const actual = read.word<0 | 1 | null>("actual", parsePassFail, PASS_WORDS, { fallback: null, required: true }).value;
  // The plan of a Đạt target is "Đạt" or empty and is not used; only something unreadable is worth a word.
  read.word<0 | 1 | null>("plan", parsePassFail, PASS_WORDS, { fallback: null, severity: "warning" });
  return { plan: null, actual };
}

function percentValue(read: FieldReader<TargetField>, field: "plan" | "actual", cell: NumberCell): PercentValue | null {
  if (cell.value === null) return null;
  return { value: cell.value, percentSign: cell.read.kind === "number" && cell.read.percentSign, format: read.row.format(field) };
}

function readAmounts(read: FieldReader<TargetField>, direction: Direction, unit: string | null): { plan: number | null; actual: number | null } {
  // Bằng 0 targets need no plan: the plan of "không để xảy ra" is 0 by definition.
  const plan = read.number("plan", { required: direction !== "zero" });
  const actual = read.number("actual", { required: true });
  if (!plan.ok || !actual.ok || actual.value === null) return { plan: null, actual: null };
  const planValue = percentValue(read, "plan", plan);
  const normalised = normalisePercent(unit, planValue, percentValue(read, "actual", actual) as PercentValue);
  for (const change of normalised.scaled) {
    const other = change.field === "plan" ? normalised.actual : normalised.plan;
    const label = read.label(change.field);
    read.report("warning", change.field, "percent-normalised", (r, lang) => r.percentScaled({ column: label[lang], from: formatInput(change.from, lang), to: formatInput(change.to, lang), other: formatInput(other ?? 0, lang) }));
  }
  return { plan: normalised.plan ?? (direction === "zero" ? 0 : null), actual: normalised.actual };
}

/**
 * Chỉ tiêu: one registered target per row, joined to the members by code. A target whose plan or
 * actual cannot be read is reported and left out (scoring a guess would mislead the meeting).
 */
export function readTargets(sheet: SheetGrid, join: JoinIndexes, issues: Issue[]): TargetInput[] | null {
  const duplicates = new DuplicateRows();
  return readEachRow(TARGETS_SHEET, sheet, issues, "code", (read): TargetInput | null => {
    const code = read.text("code");
    if (code === null) {
      read.report("error", "code", "code-missing", (r) => r.targetCodeMissing({ row: read.row.row }));
      return null;
    }
    const memberCode = join.members.resolve(code);
    const criterionCode = join.criteria.resolve(read.text("criterion") ?? "1");
    const name = read.requiredText("name") ?? "";
    const unit = read.text("unit");
    const { direction } = readDirection(read);
    const amounts = direction === "pass" ? readPass(read) : readAmounts(read, direction, unit);
    const selfScore = read.number("selfScore", { severity: "warning" }).value;
    if (amounts.actual === null) return null;
    duplicates.check(read, "code", [memberCode, criterionCode, textKey(name), textKey(unit ?? ""), direction, amounts.plan, amounts.actual],
      () => readerWords((r) => r.whatTarget({ name, member: memberCode })));
    return {
      memberCode,
      criterionCode,
      no: read.text("no"),
      name,
      unit,
      direction,
      plan: amounts.plan,
      actual: amounts.actual,
      selfScore,
      notes: read.text("notes"),
      source: read.source(),
    };
  });
}
