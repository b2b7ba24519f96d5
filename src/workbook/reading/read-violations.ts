import type { Issue, ViolationEffect, ViolationInput } from "../../scoring/types";
import { VIOLATIONS_SHEET } from "./aliases";
import type { SheetGrid } from "../grid";
import { reportMissingCode } from "./missing-code";
import type { JoinIndexes } from "./read-targets";
import { DuplicateRows } from "./row-duplicates";
import { readEachRow } from "./sheet-table";
import { textKey } from "./text-key";
import { parseViolationEffect } from "./words";
import { readerWords } from "./reader-messages";

const EFFECT_WORDS = { vi: '"Không xét Cờ", "Không khen thưởng" hoặc "Xếp cuối"', en: '"Không xét Cờ" (no flag), "Không khen thưởng" (no award) or "Xếp cuối" (ranked last)' };

/**
 * Vi phạm. A violation without Hình thức changes nothing in the ranking: it is left out with a
 * warning so the officer sees that it was not applied.
 */
export function readViolations(sheet: SheetGrid, join: JoinIndexes, issues: Issue[]): ViolationInput[] | null {
  const duplicates = new DuplicateRows();
  return readEachRow(VIOLATIONS_SHEET, sheet, issues, "code", (read): ViolationInput | null => {
    const code = read.text("code");
    if (code === null) reportMissingCode(read, "code", readerWords((r) => r.whatViolation));
    const description = read.text("description");
    const effect = read.word<ViolationEffect | null>("effect", parseViolationEffect, EFFECT_WORDS, { fallback: null });
    if (effect.ok && effect.value === null) {
      read.report("warning", "effect", "value-missing", (r) => r.violationWithoutEffect({ row: read.row.row }));
    }
    if (code === null || effect.value === null) return null;
    const memberCode = join.members.resolve(code);
    duplicates.check(read, "code", [memberCode, textKey(description ?? ""), effect.value],
      () => readerWords((r) => r.whatViolationOf({ member: memberCode })));
    return { memberCode, description, effect: effect.value, source: read.source() };
  });
}
