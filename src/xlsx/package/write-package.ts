import type { Lang, Localized } from "../../scoring/types";
import type { CalculationExtras } from "../../workbook/extras/extras";
import { keptSheetNote, placeExtraSheet, type ExtraSheetPlacement } from "../../workbook/output-sheets/extra-sheet-placement";
import { contractSheetKindOf, EXTRA_SHEET_KINDS, isExtraSheetName, type ContractSheetKind, type ExistingSheet } from "../../workbook/output-sheets/program-sheets";
import type { RenderedOutputs } from "../../workbook/rendering/output-types";
import type { PlannedSheet } from "./program-sheet-parts";
import { isRelType } from "./relationships";
import { sheetStart, tablesOfSheet, type TableFact } from "./sheet-facts";
import { writeSheets, type WorkbookKind, type WriteSheetsOptions } from "./sheets-into-package";
import { readWorkbookPart, type WorkbookPart, type WorkbookSheet } from "./workbook-part";
import type { ZipPackage } from "./zip-package";

export type WriteProgramSheetsOptions = WriteSheetsOptions;

export interface WrittenPackage {
  /** The output workbook: the input package with the program's sheets added or replaced. */
  bytes: Uint8Array;
  /** The file type the output must be named with: "xlsm" when the input's macros are kept. */
  kind: WorkbookKind;
  /** Names of the input's own earlier program sheets that were replaced (or removed as duplicates). */
  replaced: string[];
  /** Where each extra sheet went. */
  placements: ExtraSheetPlacement[];
  /** For the officer: a sheet of theirs kept under a program sheet's name, and where the program wrote instead. */
  notes: Localized[];
}

const CONTRACT_ORDER: readonly ContractSheetKind[] = ["ranking", "breakdown", "checks"];

/**
 * The officer's workbook with the program's sheets written into it, as a new package: every part of the
 * input is copied byte for byte (compressed bytes as they were) except the program's earlier sheets and
 * the parts only they used (removed), and the parts that list sheets or hold their formats: the workbook,
 * its relationships, the content types, the styles (formats appended, none renumbered) and the list of
 * sheets in docProps/app.xml when the input has one (Excel's file properties). Text is
 * written as inline strings, so the shared strings never change. An earlier program sheet is replaced in
 * place (same tab position); a new one goes after the last sheet. A null output (ranking blocked) leaves
 * the earlier sheet as it was. Browser-safe.
 */
export function writeProgramSheets(input: ZipPackage, outputs: RenderedOutputs, extras: CalculationExtras, lang: Lang, options: WriteProgramSheetsOptions = {}): WrittenPackage {
  const label = options.label ?? "workbook";
  const workbook = readWorkbookPart(input, label);
  const tables = new Map(workbook.sheets.map((s) => [s, s.kind === "worksheet" ? tablesOfSheet(input, s, label) : []] as const));
  const { planned, placements } = planSheets(input, workbook, tables, outputs, extras);

  const { bytes, kind } = writeSheets(input, workbook, tables, planned, lang, options);
  return {
    bytes,
    kind,
    replaced: planned.flatMap((p) => p.replaces.map((s) => s.name)),
    placements,
    notes: placements.flatMap((p) => keptSheetNote(p) ?? []),
  };
}
/** What to write, in the program's order, and which input sheets each replaces. */
function planSheets(
  input: ZipPackage,
  workbook: WorkbookPart,
  tables: ReadonlyMap<WorkbookSheet, TableFact[]>,
  outputs: RenderedOutputs,
  extras: CalculationExtras,
): { planned: PlannedSheet[]; placements: ExtraSheetPlacement[] } {
  const planned: PlannedSheet[] = [];
  for (const kind of CONTRACT_ORDER) {
    const sheet = outputs[kind];
    if (!sheet) continue;
    planned.push({ name: sheet.name, content: { kind: "rendered", sheet }, hidden: false, replaces: workbook.sheets.filter((s) => contractSheetKindOf(s.name) === kind) });
  }
  const sharedStrings = workbook.rels.list().find((r) => isRelType(r.type, "sharedStrings"))?.part ?? null;
  const existing: ExistingSheet[] = workbook.sheets.map((s) => {
    const fact: ExistingSheet = { name: s.name, tables: (tables.get(s) ?? []).map((t) => t.name) };
    // Only the hidden history is recognised by its cells; only its candidates are opened.
    if (isExtraSheetName("historyData", s.name) && s.part !== null && input.has(s.part)) return { ...fact, content: sheetStart(input, s.part, sharedStrings) };
    return fact;
  });
  const placements: ExtraSheetPlacement[] = [];
  for (const kind of EXTRA_SHEET_KINDS) {
    const content: PlannedSheet["content"] | null =
      kind === "summary" ? (extras.summary ? { kind: "rendered", sheet: extras.summary } : null)
      : kind === "awards" ? (extras.awards ? { kind: "rendered", sheet: extras.awards } : null)
      : kind === "chart" ? (extras.chart ? { kind: "rendered", sheet: extras.chart.sheet, chart: extras.chart } : null)
      : kind === "history" ? { kind: "rendered", sheet: extras.history }
      : { kind: "text", rows: extras.historyData.rows };
    if (content === null) continue;
    const placement = placeExtraSheet(kind, existing);
    placements.push(placement);
    const replaces = workbook.sheets.filter((s) => placement.replaces.includes(s.name));
    planned.push({ name: placement.name, content, hidden: kind === "historyData", replaces });
  }
  return { planned, placements };
}

