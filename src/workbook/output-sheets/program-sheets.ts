import type { Localized } from "../../scoring/types";
import type { CellValue } from "../grid";
import { textKey } from "../reading/text-key";

/**
 * THE registry of the sheets the program writes: their names, what they are for, the order they follow
 * the officer's sheets in, and how a sheet already in the workbook is recognised as an earlier run's.
 * Every renderer takes its sheet's name and table name from here; every adapter (src/excel, src/xlsx)
 * and the reader ask the functions below, so a new output sheet is one entry in PROGRAM_SHEETS.
 *
 * - Vietnamese names are always used when writing (stable across language switches); the English name
 *   is recognised too, so a sheet written under it is never read as input and is replaced.
 * - The contract's three sheets (Xếp hạng, Chi tiết điểm, Kiểm tra) are recognised by name alone: they
 *   are the program's by definition (workbook contract).
 * - The extra sheets carry names officers give their own work too ("Bảng tổng hợp", "Biểu đồ"): an
 *   existing one is the program's only when it also carries the program's signature, its table
 *   (BangTongHop…, with a suffix when the name was taken: BangTongHop2 / BangTongHop_2) or, for the hidden
 *   history, the format marker in A1. They may also be numbered ("Bảng tổng hợp (2)") when the program
 *   had to write beside an officer's sheet (see extra-sheet-placement.ts).
 */
export type ContractSheetKind = "ranking" | "breakdown" | "checks";
export type ExtraSheetKind = "summary" | "awards" | "chart" | "history" | "historyData";
export type ProgramSheetKind = ContractSheetKind | ExtraSheetKind;

/** What a sheet is for: the contract's outputs, papers for the khối's meeting, the chart, the calculation history. */
export type ProgramSheetRole = "contract" | "meeting" | "chart" | "history";

/** How an earlier run's sheet is told from an officer's sheet of the same name. */
export type Recognition = { by: "name" } | { by: "table" } | { by: "a1-marker"; marker: string };

export interface ProgramSheet {
  kind: ProgramSheetKind;
  names: Localized;
  role: ProgramSheetRole;
  /** The Excel table the renderer puts on the sheet; null for the hidden history (values only). */
  tableName: string | null;
  recognisedBy: Recognition;
  /** Written hidden (the history's storage). */
  hidden: boolean;
}

/** First cell of the hidden history sheet: marks the storage format (history/storage.ts writes it). */
export const HISTORY_DATA_MARKER = "ktd-lich-su";

/** In the order the sheets follow the officer's sheets: the contract's three first, then the extras. */
export const PROGRAM_SHEETS: readonly ProgramSheet[] = [
  { kind: "ranking", names: { vi: "Xếp hạng", en: "Ranking" }, role: "contract", tableName: "tblXepHang", recognisedBy: { by: "name" }, hidden: false },
  { kind: "breakdown", names: { vi: "Chi tiết điểm", en: "Breakdown" }, role: "contract", tableName: "tblChiTietDiem", recognisedBy: { by: "name" }, hidden: false },
  { kind: "checks", names: { vi: "Kiểm tra", en: "Checks" }, role: "contract", tableName: "tblKiemTra", recognisedBy: { by: "name" }, hidden: false },
  { kind: "summary", names: { vi: "Bảng tổng hợp", en: "Summary" }, role: "meeting", tableName: "BangTongHop", recognisedBy: { by: "table" }, hidden: false },
  { kind: "awards", names: { vi: "Đề nghị khen thưởng", en: "Award proposal" }, role: "meeting", tableName: "DeNghiKhenThuong", recognisedBy: { by: "table" }, hidden: false },
  { kind: "chart", names: { vi: "Biểu đồ", en: "Chart" }, role: "chart", tableName: "BieuDo", recognisedBy: { by: "table" }, hidden: false },
  { kind: "history", names: { vi: "Lịch sử tính điểm", en: "Calculation history" }, role: "history", tableName: "LichSuTinhDiem", recognisedBy: { by: "table" }, hidden: false },
  // One name in both languages: a technical name no officer would type.
  { kind: "historyData", names: { vi: "_ktd_lich_su", en: "_ktd_lich_su" }, role: "history", tableName: null, recognisedBy: { by: "a1-marker", marker: HISTORY_DATA_MARKER }, hidden: true },
];

const BY_KIND = new Map(PROGRAM_SHEETS.map((s) => [s.kind, s] as const));

/** The registry entry of one kind. */
export function programSheet(kind: ProgramSheetKind): ProgramSheet {
  return BY_KIND.get(kind) as ProgramSheet;
}

/** The name the sheet of `kind` is written under (its Vietnamese name). */
export function programSheetName(kind: ProgramSheetKind): string {
  return programSheet(kind).names.vi;
}

/** The table name the sheet of `kind` carries; only the hidden history has none. */
export function programTableName(kind: Exclude<ProgramSheetKind, "historyData">): string {
  return programSheet(kind).tableName as string;
}

export const CONTRACT_SHEET_KINDS: readonly ContractSheetKind[] = ["ranking", "breakdown", "checks"];
export const EXTRA_SHEET_KINDS: readonly ExtraSheetKind[] = ["summary", "awards", "chart", "history", "historyData"];

/** Every program sheet's names, in order. */
export const PROGRAM_SHEET_ORDER: readonly Localized[] = PROGRAM_SHEETS.map((s) => s.names);

/** Position of a kind in PROGRAM_SHEETS (the order the adapters put the sheets in). */
export function programSheetIndex(kind: ProgramSheetKind): number {
  return PROGRAM_SHEETS.indexOf(programSheet(kind));
}

/**
 * Excel's identity of a sheet name: compared case-insensitively (accents count), NFC so a name typed in
 * NFD is the same name. For "may these two sheets coexist", not for recognising the program's sheets.
 */
export function sameSheetNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase();
}

const NUMBERED = /^(.*\S)\s*\((\d+)\)$/;

function hasName(kind: ProgramSheetKind, name: string): boolean {
  const { vi, en } = programSheet(kind).names;
  const key = textKey(name);
  return key === textKey(vi) || key === textKey(en);
}

/** Which contract sheet a name is (either language, any case, accents or spaces), or null. */
export function contractSheetKindOf(name: string): ContractSheetKind | null {
  return CONTRACT_SHEET_KINDS.find((kind) => hasName(kind, name)) ?? null;
}

/** True when `name` is one of the extra sheet's names, plain or numbered ("Biểu đồ (2)", "Chart (3)"). */
export function isExtraSheetName(kind: ExtraSheetKind, name: string): boolean {
  const numbered = NUMBERED.exec(name);
  return hasName(kind, name) || (numbered !== null && hasName(kind, numbered[1]));
}

/**
 * True for every name the program writes under: what the reader never reads as input and a snapshot of
 * the officer's inputs leaves out. By name alone, so an officer's "Biểu đồ" counts too (it is not input).
 */
export function isProgramSheetName(name: string): boolean {
  return contractSheetKindOf(name) !== null || EXTRA_SHEET_KINDS.some((kind) => isExtraSheetName(kind, name));
}

/** What an adapter knows of a sheet already in the workbook. */
export interface ExistingSheet {
  name: string;
  /** Names of the Excel tables on it. */
  tables: readonly string[];
  /** Its cells, when the adapter read them (Excel reads most program sheets by name only): A1 and whether it has any value. */
  content?: { a1: CellValue; empty: boolean };
}

/** True when the sheet carries what the program writes on a sheet of this kind (its signature). */
export function hasProgramSignature(kind: ExtraSheetKind, sheet: ExistingSheet): boolean {
  const entry = programSheet(kind);
  const rule = entry.recognisedBy;
  if (rule.by === "table") {
    const ours = new RegExp(`^${entry.tableName}(_?\\d+)?$`, "i");
    return sheet.tables.some((t) => ours.test(t));
  }
  if (rule.by === "name") return true;
  // The marker, or a sheet with nothing left in it (no officer writes an empty "_ktd_lich_su").
  if (sheet.content === undefined) return false;
  return sheet.content.empty || (typeof sheet.content.a1 === "string" && sheet.content.a1.trim() === rule.marker);
}

/** Kind of the program's extra sheet this existing sheet is (name and signature), or null for the officer's sheets. */
export function extraSheetKindOf(sheet: ExistingSheet): ExtraSheetKind | null {
  return EXTRA_SHEET_KINDS.find((kind) => isExtraSheetName(kind, sheet.name) && hasProgramSignature(kind, sheet)) ?? null;
}

/** Which of the program's sheets an existing sheet is from an earlier run, or null for the officer's. */
export function programSheetKindOf(sheet: ExistingSheet): ProgramSheetKind | null {
  return contractSheetKindOf(sheet.name) ?? extraSheetKindOf(sheet);
}
