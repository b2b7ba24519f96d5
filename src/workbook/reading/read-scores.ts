import type { Issue, ScoreInput } from "../../scoring/types";
import { SCORES_SHEET } from "./aliases";
import type { SheetGrid } from "../grid";
import { reportMissingCode } from "./missing-code";
import type { JoinIndexes } from "./read-targets";
import { DuplicateRows } from "./row-duplicates";
import { readEachRow } from "./sheet-table";
import { readerWords } from "./reader-messages";

/**
 * Chấm điểm: scores of directly scored criteria. Scores are passed as typed, negative ones too: the
 * scoring core checks them against 0 … điểm chuẩn (score-out-of-range) with the criterion at hand.
 */
export function readScores(sheet: SheetGrid, join: JoinIndexes, issues: Issue[]): ScoreInput[] | null {
  const duplicates = new DuplicateRows();
  return readEachRow(SCORES_SHEET, sheet, issues, "code", (read): ScoreInput | null => {
    const code = read.text("code");
    const criterion = read.text("criterion");
    if (code === null) reportMissingCode(read, "code", readerWords((r) => r.whatScore));
    if (criterion === null) read.missing("criterion");
    const self = read.number("self", { negative: "allow" });
    const verified = read.number("verified", { negative: "allow" });
    const agreed = read.number("agreed", { negative: "allow" });
    if (code === null || criterion === null || !self.ok || !verified.ok || !agreed.ok) return null;
    const memberCode = join.members.resolve(code);
    const criterionCode = join.criteria.resolve(criterion);
    duplicates.check(read, "code", [memberCode, criterionCode, self.value, verified.value, agreed.value],
      () => readerWords((r) => r.whatScoreOf({ criterion: criterionCode, member: memberCode })));
    return {
      memberCode,
      criterionCode,
      self: self.value,
      verified: verified.value,
      agreed: agreed.value,
      comment: read.text("comment"),
      source: read.source(),
    };
  });
}
