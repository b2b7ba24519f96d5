import { readFileSync } from "node:fs";
import { join } from "node:path";
import { calculateWithExtras, type CalculationWithExtras } from "../../../src/workbook/extras/extras";
import type { CalculationSnapshot } from "../../../src/workbook/history/snapshot";
import { openWorkbook } from "../../../src/xlsx/package/open-workbook";
import { writeProgramSheets, type WrittenPackage } from "../../../src/xlsx/package/write-package";
import { openZipPackage, type ZipPackage } from "../../../src/xlsx/package/zip-package";

export const WRITER_FIXTURES = join(__dirname, "../../fixtures/writers");

/** The rich inputs made by make-writer-fixtures.py (openpyxl, then LibreOffice). */
export const RICH_FIXTURES = ["writer-rich-openpyxl.xlsx", "writer-rich-macros.xlsm", "writer-rich-libreoffice.xlsx"];

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(WRITER_FIXTURES, name)));
}

export interface Ranked {
  calculation: CalculationWithExtras;
  written: WrittenPackage;
  output: ZipPackage;
}

/** What the use case does: read once, calculate, write the program's sheets into the package. */
export function rankBytes(bytes: Uint8Array, now = new Date(2019, 0, 10, 9, 0), carriedHistory: readonly CalculationSnapshot[] = []): Ranked {
  const { pkg, grid } = openWorkbook(bytes, "input.xlsx", { wanted: () => true });
  const calculation = calculateWithExtras(grid, { lang: "vi", now, carriedHistory });
  const written = writeProgramSheets(pkg, calculation.outputs, calculation.extras, "vi", { label: "input.xlsx" });
  return { calculation, written, output: openZipPackage(written.bytes, "output.xlsx") };
}

/** Sheet names in tab order, with the zip part of each, from the package's own relationships. */
export function sheetNames(bytes: Uint8Array): string[] {
  return openWorkbook(bytes, "x.xlsx", { wanted: () => false }).grid.sheets.map((s) => s.name);
}

export function text(pkg: ZipPackage, name: string): string {
  return new TextDecoder().decode(pkg.read(name));
}
