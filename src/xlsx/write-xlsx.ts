import type ExcelJS from "exceljs";
import { shareCellStyles } from "./share-styles";
import { NativeZipWriter } from "./zip-writer";

/** The steps of ExcelJS 4.4's XLSX.write, which takes its zip writer from a module we cannot pass in. */
interface XlsxWriterSteps {
  prepareModel(model: unknown, options: object): void;
  addContentTypes(zip: NativeZipWriter, model: unknown): Promise<void>;
  addOfficeRels(zip: NativeZipWriter, model: unknown): Promise<void>;
  addWorkbookRels(zip: NativeZipWriter, model: unknown): Promise<void>;
  addWorksheets(zip: NativeZipWriter, model: unknown): Promise<void>;
  addSharedStrings(zip: NativeZipWriter, model: unknown): Promise<void>;
  addDrawings(zip: NativeZipWriter, model: unknown): Promise<void>;
  addTables(zip: NativeZipWriter, model: unknown): Promise<void>;
  addThemes(zip: NativeZipWriter, model: unknown): Promise<void>;
  addStyles(zip: NativeZipWriter, model: unknown): Promise<void>;
  addMedia(zip: NativeZipWriter, model: unknown): Promise<void>;
  addApp(zip: NativeZipWriter, model: unknown): Promise<void>;
  addCore(zip: NativeZipWriter, model: unknown): Promise<void>;
  addWorkbook(zip: NativeZipWriter, model: unknown): Promise<void>;
  _finalize(zip: NativeZipWriter): Promise<unknown>;
}

const STEPS: (keyof XlsxWriterSteps)[] = [
  "prepareModel", "addContentTypes", "addOfficeRels", "addWorkbookRels", "addWorksheets", "addSharedStrings", "addDrawings",
  "addTables", "addThemes", "addStyles", "addMedia", "addApp", "addCore", "addWorkbook", "_finalize",
];

function hasWriterSteps(xlsx: unknown): xlsx is XlsxWriterSteps {
  return STEPS.every((step) => typeof (xlsx as Record<string, unknown>)[step] === "function");
}

/**
 * The .xlsx bytes of a workbook: ExcelJS renders every part, Node's zlib compresses them as they come
 * (NativeZipWriter), and equal cell styles are shared first (shareCellStyles). Same parts, same order as
 * ExcelJS's own writeBuffer — which is still used if a future ExcelJS renames these steps.
 */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  shareCellStyles(workbook);
  const xlsx: unknown = workbook.xlsx;
  if (!hasWriterSteps(xlsx)) return Buffer.from(await workbook.xlsx.writeBuffer());
  const model = workbookModel(workbook);
  const zip = new NativeZipWriter((name) => releaseRows(model, name));
  // The order below is ExcelJS 4.4's XLSX.write (lib/xlsx/xlsx.js): shared strings after the sheets.
  xlsx.prepareModel(model, {});
  await xlsx.addContentTypes(zip, model);
  await xlsx.addOfficeRels(zip, model);
  await xlsx.addWorkbookRels(zip, model);
  await xlsx.addWorksheets(zip, model);
  await xlsx.addSharedStrings(zip, model);
  await xlsx.addDrawings(zip, model);
  await xlsx.addTables(zip, model);
  await Promise.all([xlsx.addThemes(zip, model), xlsx.addStyles(zip, model)]);
  await xlsx.addMedia(zip, model);
  await Promise.all([xlsx.addApp(zip, model), xlsx.addCore(zip, model)]);
  await xlsx.addWorkbook(zip, model);
  await xlsx._finalize(zip);
  return zip.buffer;
}

interface SheetModel {
  id: number;
  rows: unknown[];
}

interface WorkbookModel {
  worksheets: SheetModel[];
  sheets: SheetModel[];
}

/**
 * Workbook.model of ExcelJS 4.4 builds every sheet's model twice (`worksheets` and `sheets`, and the
 * writer then replaces `sheets` by `worksheets`): with thousands of rows that copy is tens of megabytes
 * at the command's peak. Same fields, one copy.
 */
function workbookModel(workbook: ExcelJS.Workbook): WorkbookModel {
  const wb = workbook as unknown as Record<string, unknown> & { _definedNames?: { model: unknown }; _themes?: unknown; worksheets: { model: SheetModel }[] };
  if (!wb._definedNames) return (workbook as unknown as { model: WorkbookModel }).model;
  const worksheets = wb.worksheets.map((ws) => ws.model);
  return {
    creator: wb.creator || "Unknown",
    lastModifiedBy: wb.lastModifiedBy || "Unknown",
    lastPrinted: wb.lastPrinted,
    created: wb.created,
    modified: wb.modified,
    properties: wb.properties,
    worksheets,
    sheets: worksheets,
    definedNames: wb._definedNames.model,
    views: wb.views,
    company: wb.company,
    manager: wb.manager,
    title: wb.title,
    subject: wb.subject,
    keywords: wb.keywords,
    category: wb.category,
    description: wb.description,
    language: wb.language,
    revision: wb.revision,
    contentStatus: wb.contentStatus,
    themes: wb._themes,
    media: wb.media,
    calcProperties: wb.calcProperties,
  } as WorkbookModel;
}

/** Once a sheet's XML is compressed its rows are never read again (later parts use names, ids, tables). */
function releaseRows(model: WorkbookModel, part: string): void {
  const match = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(part);
  if (!match) return;
  const sheet = model.worksheets.find((ws) => ws.id === Number(match[1]));
  if (sheet) sheet.rows = [];
}
