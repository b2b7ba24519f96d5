import type { CalculationExtras, HistoryData } from "../workbook/extras/extras";
import type { ChartSheet } from "../workbook/extras/chart-sheet";
import { placeExtraSheet, type ExistingSheet, type ExtraSheetKind, type ExtraSheetPlacement } from "../workbook/output-sheets/extra-sheet-placement";
import { OUTPUT_SHEETS, type OutputSheetKey } from "../workbook/output-sheets/output-names";
import type { RenderedOutputs, RenderedSheet } from "../workbook/rendering/output-types";
import { TEXT_FORMAT } from "../workbook/rendering/text-safety";

/**
 * One sheet of a write batch: the rendered sheet and the names under which an existing sheet of the same
 * kind is replaced (the program's name in both languages, so nothing else is ever touched).
 */
export interface SheetWrite {
  sheet: RenderedSheet;
  replaces: readonly string[];
  /** The contract sheet this is, for showing the result when done. */
  key?: OutputSheetKey;
  /** The history data: values only, no table or layout, hidden and never activated. */
  hidden?: boolean;
  /** The Biểu đồ sheet: a native chart drawn from its table. */
  chart?: ChartSheet;
  /** An extra sheet: where it goes beside an officer's sheet of the same name (placeExtraSheet). */
  placement?: ExtraSheetPlacement;
}

const both = (names: { vi: string; en: string }): string[] => [names.vi, names.en];

/** The contract's sheets, in their order; a null one (blocked ranking) is not written, so the old one stays. */
export function outputWrites(outputs: RenderedOutputs): SheetWrite[] {
  return (["ranking", "breakdown", "checks"] as const).flatMap((key) => {
    const sheet = outputs[key];
    return sheet ? [{ sheet, replaces: both(OUTPUT_SHEETS[key]), key }] : [];
  });
}

/**
 * The sheets beyond the contract's, after them in the order the command line places them: meeting
 * documents, chart, visible history, hidden history data. Summary, award proposal and chart are null
 * when the ranking is blocked (the old ones stay); the history is written on every calculation.
 * An existing sheet under an extra sheet's name is replaced only when it is the program's (its table or
 * marker, see extra-sheet-placement.ts); an officer's sheet keeps the name and ours goes to "… (2)".
 */
export function extraWrites(extras: CalculationExtras, existing: readonly ExistingSheet[] = []): SheetWrite[] {
  const placed = (kind: ExtraSheetKind, sheet: RenderedSheet): SheetWrite => {
    const placement = placeExtraSheet(kind, existing);
    return { sheet: { ...sheet, name: placement.name }, replaces: placement.replaces, placement };
  };
  const writes: SheetWrite[] = [];
  if (extras.summary) writes.push(placed("summary", extras.summary));
  if (extras.awards) writes.push(placed("awards", extras.awards));
  if (extras.chart) writes.push({ ...placed("chart", extras.chart.sheet), chart: extras.chart });
  writes.push(placed("history", extras.history));
  writes.push({ ...placed("historyData", historyDataSheet(extras.historyData)), hidden: true });
  return writes;
}

/**
 * The hidden history as a rendered sheet: every cell text ("@") so the JSON chunks are never read back as
 * numbers, dates or formulas; empty cells left unwritten.
 */
export function historyDataSheet(data: HistoryData): RenderedSheet {
  const width = Math.max(0, ...data.rows.map((r) => r.length));
  const values = data.rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] === undefined || r[c] === "" ? null : r[c])));
  return {
    name: data.name,
    values,
    numberFormats: values.map((r) => r.map(() => TEXT_FORMAT)),
    headerRow: 0,
    tableName: "",
    columnWidths: [],
    freezeRows: 0,
    print: { landscape: false, fitToWidth: false, printTitleRows: 0 },
    titleRows: [],
    wrapColumns: [],
  };
}
