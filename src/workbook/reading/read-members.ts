import type { Issue, MemberInput, Rating } from "../../scoring/types";
import { MEMBERS_SHEET, type MemberField } from "./aliases";
import { CodeIndex } from "./code-index";
import type { SheetGrid } from "../grid";
import { readEachRow } from "./sheet-table";
import { parseRating, parseYesNo } from "./words";

export const YES_NO_WORDS = { vi: '"Có" hoặc "Không" (hoặc x, 1/0)', en: '"Có"/"Yes" or "Không"/"No" (or x, 1/0)' };
export const RATING_WORDS = { vi: '"Xuất sắc", "Tốt", "Khá", "Trung bình" hoặc để trống', en: '"Xuất sắc" (excellent), "Tốt" (good), "Khá" (fair), "Trung bình" (average) or empty' };

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
      read.report("error", "code", "code-missing",
        `dòng ${row.row} có dữ liệu nhưng thiếu mã đơn vị. Hãy nhập mã (mỗi đơn vị một mã riêng).`,
        `row ${row.row} has data but no unit code. Enter a code (one distinct code per unit).`);
      return null;
    }
    if (!codes.add(code)) {
      const first = firstRowOf.get(codes.resolve(code));
      read.report("error", "code", "code-duplicate",
        `mã đơn vị "${code}" đã có ở dòng ${first}. Mỗi đơn vị chỉ một dòng: hãy xoá dòng trùng hoặc sửa mã.`,
        `the unit code "${code}" is already used on row ${first}. One row per unit: delete the duplicate row or correct the code.`);
      return null;
    }
    firstRowOf.set(code, row.row);
    const name = read.text("name");
    if (name === null) {
      read.report("error", "name", "name-missing",
        `đơn vị "${code}" chưa có tên. Hãy nhập tên đơn vị.`,
        `the unit "${code}" has no name. Enter the unit name.`);
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
