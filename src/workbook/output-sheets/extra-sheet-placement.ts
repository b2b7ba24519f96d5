import type { Localized } from "../../scoring/types";
import { CHART_SHEET } from "../extras/chart-sheet";
import type { CellValue, WorkbookGrid } from "../grid";
import { HISTORY_DATA_SHEET, HISTORY_SHEET } from "../history/history-names";
import { HEADER_MARKER } from "../history/storage";
import { MEETING_SHEETS } from "../meeting/render-meeting-names";
import { textKey } from "../reading/text-key";

/**
 * Who owns a sheet named like one of the program's extra sheets, and where the program writes its own.
 *
 * The contract's three sheets (Xếp hạng, Chi tiết điểm, Kiểm tra) are the program's by definition and
 * always replaced. The extra sheets have names officers give their own work too ("Bảng tổng hợp",
 * "Biểu đồ"), so an existing one is replaced only when it carries what the program writes: its table
 * (BangTongHop…, a suffix when the name was taken: BangTongHop2 / BangTongHop_2) or, for the hidden
 * history, the format marker in A1. Otherwise the officer's sheet stays and the program writes under the
 * first free "Bảng tổng hợp (2)", "(3)"… — where the next calculation finds and replaces it.
 * One pure decision so the file writer (src/xlsx) and Excel (src/excel) never disagree.
 */
export type ExtraSheetKind = "summary" | "awards" | "chart" | "history" | "historyData";

export interface ExtraSheetSignature {
  names: Localized;
  /** The table the renderer puts on the sheet; null for the hidden history (A1 marker instead). */
  tableName: string | null;
}

export const EXTRA_SHEET_SIGNATURES: Record<ExtraSheetKind, ExtraSheetSignature> = {
  summary: { names: MEETING_SHEETS.summary, tableName: "BangTongHop" },
  awards: { names: MEETING_SHEETS.awards, tableName: "DeNghiKhenThuong" },
  chart: { names: CHART_SHEET, tableName: "BieuDo" },
  history: { names: HISTORY_SHEET, tableName: "LichSuTinhDiem" },
  historyData: { names: { vi: HISTORY_DATA_SHEET, en: HISTORY_DATA_SHEET }, tableName: null },
};

/** What an adapter knows of a sheet already in the workbook. */
export interface ExistingSheet {
  name: string;
  /** Names of the Excel tables on it. */
  tables: readonly string[];
  /** Its cells, when the adapter read them (Excel reads most program sheets by name only): A1 and whether it has any value. */
  content?: { a1: CellValue; empty: boolean };
}

export interface ExtraSheetPlacement {
  kind: ExtraSheetKind;
  /** Name the new sheet is written under: the Vietnamese name, or "<name> (2)"… when an officer's sheet holds it. */
  name: string;
  /** Existing sheets to remove: the program's earlier sheets of this kind (under any of its names). */
  replaces: string[];
  /** The officer's sheet that keeps the Vietnamese name, when the program had to write elsewhere. */
  keptOfficerSheet: string | null;
}

/** Excel compares sheet names case-insensitively; NFC so a name typed in NFD is the same name. */
export function sameSheetNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase();
}

const NUMBERED = /^(.*\S)\s*\((\d+)\)$/;

/** True when `name` is one of the kind's names, plain or numbered ("Biểu đồ (2)", "Chart (3)"). */
export function isExtraSheetName(kind: ExtraSheetKind, name: string): boolean {
  const { vi, en } = EXTRA_SHEET_SIGNATURES[kind].names;
  const keys = [textKey(vi), textKey(en)];
  const numbered = NUMBERED.exec(name);
  return keys.includes(textKey(name)) || (numbered !== null && keys.includes(textKey(numbered[1])));
}

/** True when the sheet carries what the program writes on a sheet of this kind. */
export function isProgramsExtraSheet(kind: ExtraSheetKind, sheet: ExistingSheet): boolean {
  const { tableName } = EXTRA_SHEET_SIGNATURES[kind];
  if (tableName !== null) {
    const ours = new RegExp(`^${tableName}(_?\\d+)?$`, "i");
    return sheet.tables.some((t) => ours.test(t));
  }
  // The hidden history: its marker, or a sheet with nothing left in it (no officer writes an empty "_ktd_lich_su").
  if (sheet.content === undefined) return false;
  return sheet.content.empty || (typeof sheet.content.a1 === "string" && sheet.content.a1.trim() === HEADER_MARKER);
}

/** Kind of the program's extra sheet this existing sheet is, or null for the officer's sheets. */
export function extraSheetKindOf(sheet: ExistingSheet): ExtraSheetKind | null {
  const kinds = Object.keys(EXTRA_SHEET_SIGNATURES) as ExtraSheetKind[];
  return kinds.find((kind) => isExtraSheetName(kind, sheet.name) && isProgramsExtraSheet(kind, sheet)) ?? null;
}

/** Where the program writes its sheet of `kind`, given the workbook's sheets now. */
export function placeExtraSheet(kind: ExtraSheetKind, existing: readonly ExistingSheet[]): ExtraSheetPlacement {
  const { vi } = EXTRA_SHEET_SIGNATURES[kind].names;
  const candidates = existing.filter((s) => isExtraSheetName(kind, s.name));
  const replaces = candidates.filter((s) => isProgramsExtraSheet(kind, s)).map((s) => s.name);
  const removed = new Set(replaces.map(sameSheetNameKey));
  const taken = new Set(existing.map((s) => sameSheetNameKey(s.name)).filter((key) => !removed.has(key)));
  let name = vi;
  for (let n = 2; taken.has(sameSheetNameKey(name)); n++) name = `${vi} (${n})`;
  const keptOfficerSheet = name === vi ? null : (candidates.find((s) => sameSheetNameKey(s.name) === sameSheetNameKey(vi))?.name ?? vi);
  return { kind, name, replaces, keptOfficerSheet };
}

/**
 * The sheets of a grid as ExistingSheet. `cellsRead` says which sheets the adapter read the cells of:
 * a sheet read by name only has no rows in the grid, which must not be taken for an empty sheet.
 */
export function existingSheetsOfGrid(grid: WorkbookGrid, cellsRead: (name: string) => boolean = () => true): ExistingSheet[] {
  return grid.sheets.map((s) => {
    const tables = (s.tables ?? []).map((t) => t.name);
    if (!cellsRead(s.name)) return { name: s.name, tables };
    const a1 = s.originRow === 1 && s.originCol === 1 ? (s.rows[0]?.[0] ?? null) : null;
    const empty = s.rows.every((row) => row.every((cell) => cell === null || cell === ""));
    return { name: s.name, tables, content: { a1, empty } };
  });
}

/** One line for the officer when the program wrote beside a sheet of theirs instead of over it. */
export function keptSheetNote(placement: ExtraSheetPlacement): Localized | null {
  const kept = placement.keptOfficerSheet;
  if (kept === null) return null;
  return {
    vi: `Trang '${kept}' là của cán bộ (không phải do chương trình tạo) nên được giữ nguyên; chương trình ghi trang của mình vào '${placement.name}'. Muốn dùng tên '${kept}' cho kết quả, hãy đổi tên hoặc xóa trang đó rồi tính lại.`,
    en: `The sheet '${kept}' is the officer's own (not written by the program), so it was kept as it is; the program wrote its sheet to '${placement.name}'. To have the result under '${kept}', rename or delete that sheet and calculate again.`,
  };
}
