import type { Localized } from "../../scoring/types";
import { messageInBoth } from "../../scoring/vocabulary/message-words";
import type { WorkbookGrid } from "../grid";
import {
  EXTRA_SHEET_KINDS,
  extraSheetKindOf,
  hasProgramSignature,
  isExtraSheetName,
  programSheet,
  sameSheetNameKey,
  type ExistingSheet,
  type ExtraSheetKind,
} from "./program-sheets";

/**
 * Where the program writes its extra sheets (meeting papers, chart, history) beside the officer's: an
 * existing sheet under an extra sheet's name is replaced only when the registry (program-sheets.ts)
 * recognises it as the program's (its table or marker); otherwise the officer's sheet stays and the
 * program writes under the first free "Bảng tổng hợp (2)", "(3)"… — where the next calculation finds
 * and replaces it. One pure decision so the file writer (src/xlsx) and Excel (src/excel) never disagree.
 */
export { extraSheetKindOf, isExtraSheetName, sameSheetNameKey, type ExistingSheet, type ExtraSheetKind };

/** Kept for the adapters written before the registry: the extra sheets' names and table names by kind. */
export interface ExtraSheetSignature {
  names: Localized;
  tableName: string | null;
}

export const EXTRA_SHEET_SIGNATURES = Object.fromEntries(
  EXTRA_SHEET_KINDS.map((kind) => [kind, { names: programSheet(kind).names, tableName: programSheet(kind).tableName }]),
) as Record<ExtraSheetKind, ExtraSheetSignature>;

/** True when the sheet carries what the program writes on a sheet of this kind. */
export const isProgramsExtraSheet = hasProgramSignature;

export interface ExtraSheetPlacement {
  kind: ExtraSheetKind;
  /** Name the new sheet is written under: the Vietnamese name, or "<name> (2)"… when an officer's sheet holds it. */
  name: string;
  /** Existing sheets to remove: the program's earlier sheets of this kind (under any of its names). */
  replaces: string[];
  /** The officer's sheet that keeps the Vietnamese name, when the program had to write elsewhere. */
  keptOfficerSheet: string | null;
}

/** Where the program writes its sheet of `kind`, given the workbook's sheets now. */
export function placeExtraSheet(kind: ExtraSheetKind, existing: readonly ExistingSheet[]): ExtraSheetPlacement {
  const { vi } = programSheet(kind).names;
  const candidates = existing.filter((s) => isExtraSheetName(kind, s.name));
  const replaces = candidates.filter((s) => hasProgramSignature(kind, s)).map((s) => s.name);
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
  return messageInBoth((m) => m.keptOfficerSheet({ kept, written: placement.name }));
}
