import type { Issue, ViolationEffect, ViolationInput } from "../../scoring/types";
import { VIOLATIONS_SHEET, type ViolationField } from "./aliases";
import { FieldReader } from "./field-reader";
import type { SheetGrid } from "../grid";
import { reportMissingCode } from "./missing-code";
import type { JoinIndexes } from "./read-targets";
import { DuplicateRows } from "./row-duplicates";
import { readSheetRows } from "./sheet-table";
import { textKey } from "./text-key";
import { parseViolationEffect } from "./words";
import { readerWords } from "./reader-messages";

const EFFECT_WORDS = { vi: '"Không xét Cờ", "Không khen thưởng" hoặc "Xếp cuối"', en: '"Không xét Cờ" (no flag), "Không khen thưởng" (no award) or "Xếp cuối" (ranked last)' };

/**
 * Vi phạm. A violation without Hình thức changes nothing in the ranking: it is left out with a
 * warning so the officer sees that it was not applied.
 */
export function readViolations(sheet: SheetGrid, join: JoinIndexes, issues: Issue[]): ViolationInput[] | null {
  const table = readSheetRows(VIOLATIONS_SHEET, sheet, issues, "code");
  if (table.rows === null) return null;
  const violations: ViolationInput[] = [];
  const duplicates = new DuplicateRows();
  for (const row of table.rows) {
    const read = new FieldReader<ViolationField>(VIOLATIONS_SHEET, row, issues);
    const code = read.text("code");
    if (code === null) reportMissingCode(read, "code", readerWords((r) => r.whatViolation));
    const description = read.text("description");
    const effect = read.word<ViolationEffect | null>("effect", parseViolationEffect, EFFECT_WORDS, { fallback: null });
    if (effect.ok && effect.value === null) {
      read.report("warning", "effect", "value-missing", (r) => r.violationWithoutEffect({ row: row.row }));
    }
    if (code === null || effect.value === null) continue;
    const memberCode = join.members.resolve(code);
    duplicates.check(read, "code", [memberCode, textKey(description ?? ""), effect.value],
      readerWords((r) => r.whatViolationOf({ member: memberCode })));
    violations.push({ memberCode, description, effect: effect.value, source: { sheet: sheet.name, row: row.row, cells: row.cells() } });
  }
  return violations;
}
