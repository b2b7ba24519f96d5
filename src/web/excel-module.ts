import type { ExcelModule } from "../xlsx/load-workbook";

/**
 * ExcelJS is ~1 MB minified: it is loaded only when the first file is calculated, in its own chunk, so
 * the page itself appears at once. webpack.web.config.js points "exceljs" at its browser build.
 */
export async function loadExcelModule(): Promise<ExcelModule> {
  const loaded = (await import(/* webpackChunkName: "exceljs" */ "exceljs")) as unknown as { default?: ExcelModule } & ExcelModule;
  return loaded.default ?? loaded;
}
