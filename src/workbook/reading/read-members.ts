import type { Issue, MemberInput, Rating } from "../../scoring/types";
import { MEMBERS_SHEET, type MemberField } from "./aliases";
import { CodeIndex } from "./code-index";
import type { SheetGrid } from "../grid";
import { readEachRow } from "./sheet-table";
import { parseRating, parseYesNo } from "./words";
import { readerWords } from "./reader-messages";

export const YES_NO_WORDS = readerWords((r) => r.expect.yesNo);
export const RATING_WORDS = readerWords((r) => r.expect.rating);

/**
 * Đơn vị: one member per row. A duplicate code is an error on the second code cell and the second
 * row is left out (the first one is the member); rows without a code cannot be joined and are left out.
 */
export function readMembers(sheet: SheetGrid, issues: Issue[]): { members: MemberInput[]; codes: CodeIndex } | null {
  const codes = new CodeIndex();
  const firstRowOf = new Map<string, number>();
  const members = readEachRow(MEMBERS_SHEET, sheet, issues, "code", (read): MemberInput | null => {
    const row = read.row;
    const code = read.text("code");
    if (code === null) {
      read.report("error", "code", "code-missing", (r) => r.memberCodeMissing({ row: row.row }));
      return null;
    }
    if (!codes.add(code)) {
      const first = firstRowOf.get(codes.resolve(code));
      read.report("error", "code", "code-duplicate", (r) => r.memberCodeDuplicate({ code, first: String(first) }));
      return null;
    }
    firstRowOf.set(code, row.row);
    const name = read.text("name");
    if (name === null) {
      read.report("error", "name", "name-missing", (r) => r.memberNameMissing({ code }));
    }
    const rating = (field: MemberField): Rating | null => read.word<Rating | null>(field, parseRating, RATING_WORDS, { fallback: null }).value;
    return {
      code,
      name: name ?? "",
      type: read.text("type"),
      cchcEligible: read.word("cchcEligible", parseYesNo, YES_NO_WORDS, { fallback: false }).value,
      cchcRating: rating("cchcRating"),
      sectorRating: rating("sectorRating"),
      participates: read.word("participates", parseYesNo, YES_NO_WORDS, { fallback: true }).value,
      notes: read.text("notes"),
      source: read.source(),
    };
  });
  return members === null ? null : { members, codes };
}
