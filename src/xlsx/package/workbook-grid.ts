import type { SheetGrid, WorkbookGrid } from "../../workbook/grid";
import { fileError } from "../file-errors";
import { readSharedStrings } from "./shared-strings";
import { readSheetCells } from "./sheet-cells";
import { readSheetTables } from "./sheet-tables";
import { readCellFormats, type CellFormats } from "./styles";
import { readWorkbookPart, type WorkbookPart, type WorkbookSheet } from "./workbook-part";
import type { ZipPackage } from "./zip-package";

export interface GridOptions {
  /**
   * Which sheets' cells to read (by sheet name); every other worksheet is in the grid by name,
   * visibility and tables only, with no rows, and its part is never inflated. Every sheet by default.
   */
  wanted?: (sheetName: string) => boolean;
}

export interface ReadWorkbook {
  grid: WorkbookGrid;
  /** workbook.xml as read: sheets, defined names, the date system. */
  workbook: WorkbookPart;
  /** Names of the sheets whose cells were read (for existingSheetsOfGrid's `cellsRead`). */
  cellsRead: ReadonlySet<string>;
}

/**
 * The WorkbookGrid of an .xlsx package: every worksheet in tab order (chart sheets have no cells and
 * are not listed, as in Excel's API), formulas by their cached results. Shared strings and styles are
 * read only when a wanted sheet needs them. Throws WorkbookFileError: "not-workbook" for a package
 * holding no workbook or no worksheet, "damaged" naming the part that cannot be read.
 */
export function readWorkbookGrid(pkg: ZipPackage, label: string, options: GridOptions = {}): ReadWorkbook {
  const workbook = readWorkbookPart(pkg, label);
  const worksheets = workbook.sheets.filter((s) => s.kind === "worksheet");
  if (worksheets.length === 0) throw fileError("not-workbook", label);
  const wanted = options.wanted ?? (() => true);
  let strings: string[] | null = null;
  let formats: CellFormats | null = null;
  const sharedString = (index: number): string | null => {
    if (strings === null) {
      const part = workbook.sharedStringsPart;
      // A shared-string cell in a package without the table: the part the cell points to is missing.
      if (part === null) throw fileError("damaged", label, "xl/sharedStrings.xml: missing");
      strings = readSharedStrings(pkg.text(part), label, part);
    }
    return strings[index] ?? null;
  };
  const formatsOf = (): CellFormats => (formats ??= readCellFormats(workbook.stylesPart === null ? null : pkg.text(workbook.stylesPart), label, workbook.stylesPart ?? ""));
  const cellsRead = new Set<string>();
  const sheets = worksheets.map((sheet): SheetGrid => {
    const part = sheetPart(pkg, sheet, label);
    const base = { name: sheet.name, originRow: 1, originCol: 1, tables: readSheetTables(pkg, part, label), visible: !sheet.hidden };
    if (!wanted(sheet.name)) return { ...base, rows: [], numberFormats: [], hiddenRows: [] };
    cellsRead.add(sheet.name);
    const cells = readSheetCells(pkg.text(part), { label, part, formats: formatsOf(), sharedString, date1904: workbook.date1904 });
    return { ...base, ...cells };
  });
  return { grid: { sheets }, workbook, cellsRead };
}

function sheetPart(pkg: ZipPackage, sheet: WorkbookSheet, label: string): string {
  if (sheet.part === null || !pkg.has(sheet.part)) throw fileError("damaged", label, `${sheet.part ?? sheet.name}: missing`);
  return pkg.entry(sheet.part)?.name ?? sheet.part;
}
