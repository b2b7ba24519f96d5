import { RANKING_HEADERS } from "../workbook/rendering/labels";
import { textKey } from "../workbook/reading/text-key";

/**
 * Which member a selected row of the Xếp hạng sheet is. Like readPreviousRanks (src/workbook/previous-ranks.ts),
 * the header is found by its text in either language among the first rows, never by position, so an officer
 * inserting a row or a column above or beside the table does not make a click open the wrong member.
 */
export const HEADER_SEARCH_ROWS = 20;

/** Cells as a loaded Office range gives them: values from the 0-based worksheet row and column indexes. */
export interface LoadedCells {
  values: readonly (readonly unknown[])[];
  rowIndex: number;
  columnIndex: number;
}

/** 1-based worksheet row of the header and 0-based worksheet column of Mã đơn vị. */
export interface RankingHeader {
  row: number;
  codeColumn: number;
}

/**
 * First worksheet row of a selection address ("B7", "B7:D9", "$B$7", "7:9", "'Xếp hạng'!B7"). Null for
 * whole columns ("B:D"): they are no one's row.
 */
export function selectedRow(address: string): number | null {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const first = local.split(":")[0].replace(/\$/g, "").trim();
  const match = /^[A-Za-z]{0,3}(\d+)$/.exec(first);
  return match ? Number(match[1]) : null;
}

const RANK_NAMES = [textKey(RANKING_HEADERS.rank.vi), textKey(RANKING_HEADERS.rank.en)];
const CODE_NAMES = [textKey(RANKING_HEADERS.code.vi), textKey(RANKING_HEADERS.code.en)];

/** The row naming both Hạng and Mã đơn vị (either language): one alone could be a title or a note. */
export function findRankingHeader(cells: LoadedCells): RankingHeader | null {
  const scan = Math.min(cells.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < scan; r++) {
    const texts = cells.values[r].map((v) => textKey(cellText(v)));
    const codeAt = texts.findIndex((t) => CODE_NAMES.includes(t));
    if (codeAt >= 0 && texts.some((t) => RANK_NAMES.includes(t))) return { row: cells.rowIndex + r + 1, codeColumn: cells.columnIndex + codeAt };
  }
  return null;
}

/**
 * The Mã đơn vị of the selected worksheet row `row`, from the loaded cells of that row; null for the title
 * and header rows and for a row without a code (a blank line, a note under the table).
 */
export function memberCodeAt(header: RankingHeader, row: number, line: LoadedCells | null): string | null {
  if (row <= header.row || !line) return null;
  const code = cellText(line.values[0]?.[header.codeColumn - line.columnIndex]);
  return code === "" ? null : code;
}

function cellText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}
