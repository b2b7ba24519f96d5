import type { CellValue, SheetGrid, WorkbookGrid } from "../grid";
import { RANKING_HEADERS } from "./labels";
import { contractSheetKindOf } from "../output-sheets/program-sheets";
import { compactKey, textKey as loose } from "../reading/text-key";

/** How far down the header row is looked for (the program writes it on row 3; an officer may insert rows). */
const HEADER_SEARCH_ROWS = 20;

/**
 * Code → rank of the Xếp hạng sheet this program wrote last time (null for a member listed unranked).
 * Found by header text in either language, not by position, so an officer inserting a row or column
 * does not break the rank change column. Keys are normalised with rankKey. Empty when there is none.
 */
export function readPreviousRanks(workbook: WorkbookGrid): Map<string, number | null> {
  const ranks = new Map<string, number | null>();
  const sheet = workbook.sheets.find((s) => isRankingSheetName(s.name));
  if (!sheet) return ranks;
  const header = findHeader(sheet);
  if (!header) return ranks;
  for (const row of sheet.rows.slice(header.row + 1)) {
    const code = cellText(row[header.codeCol] ?? null);
    if (code === "") continue;
    const rank = row[header.rankCol];
    ranks.set(rankKey(code), typeof rank === "number" && Number.isFinite(rank) ? rank : null);
  }
  return ranks;
}

/** Member codes compared as the reader joins them ("CT 01" = "ct01"): form, case, accents and spaces do not matter. */
export function rankKey(code: string): string {
  return compactKey(code);
}

function isRankingSheetName(name: string): boolean {
  return contractSheetKindOf(name) === "ranking";
}

function findHeader(sheet: SheetGrid): { row: number; rankCol: number; codeCol: number } | null {
  const rankNames = [loose(RANKING_HEADERS.rank.vi), loose(RANKING_HEADERS.rank.en)];
  const codeNames = [loose(RANKING_HEADERS.code.vi), loose(RANKING_HEADERS.code.en)];
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const texts = sheet.rows[r].map((v) => loose(cellText(v)));
    const rankCol = texts.findIndex((t) => rankNames.includes(t));
    const codeCol = texts.findIndex((t) => codeNames.includes(t));
    if (rankCol >= 0 && codeCol >= 0) return { row: r, rankCol, codeCol };
  }
  return null;
}

function cellText(value: CellValue): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  return "";
}
