import type ExcelJS from "exceljs";
import CommentsXform from "exceljs/lib/xlsx/xform/comment/comments-xform";
import VmlNotesXform from "exceljs/lib/xlsx/xform/comment/vml-notes-xform";
import RelationshipsXform from "exceljs/lib/xlsx/xform/core/relationships-xform";
import WorksheetXform from "exceljs/lib/xlsx/xform/sheet/worksheet-xform";
import { shareCellStyles } from "./share-styles";
import { renderXmlBytes } from "./streamed-xml";
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
  addWorksheets(zip, model);
  addSharedStrings(zip, model);
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
  rels?: unknown[];
  comments: unknown[];
}

interface WorkbookModel {
  worksheets: SheetModel[];
  sheets: SheetModel[];
  /** ExcelJS's SharedStringsXform, set by prepareModel. */
  sharedStrings?: { count: number; model: unknown; render(stream: unknown, model: unknown): void };
}

/** ExcelJS 4.4's addWorksheets, each part rendered straight to bytes (renderXmlBytes). */
function addWorksheets(zip: NativeZipWriter, model: WorkbookModel): void {
  const worksheetXform = new WorksheetXform();
  const relationshipsXform = new RelationshipsXform();
  const commentsXform = new CommentsXform();
  const vmlNotesXform = new VmlNotesXform();
  for (const worksheet of model.worksheets) {
    zip.append(renderXmlBytes((s) => worksheetXform.render(s, worksheet)), { name: `xl/worksheets/sheet${worksheet.id}.xml` });
    if (worksheet.rels && worksheet.rels.length) {
      zip.append(renderXmlBytes((s) => relationshipsXform.render(s, worksheet.rels)), { name: `xl/worksheets/_rels/sheet${worksheet.id}.xml.rels` });
    }
    if (worksheet.comments.length > 0) {
      zip.append(renderXmlBytes((s) => commentsXform.render(s, worksheet)), { name: `xl/comments${worksheet.id}.xml` });
      zip.append(renderXmlBytes((s) => vmlNotesXform.render(s, worksheet)), { name: `xl/drawings/vmlDrawing${worksheet.id}.vml` });
    }
  }
}

/** ExcelJS 4.4's addSharedStrings, rendered straight to bytes: every text of the workbook is in this part. */
function addSharedStrings(zip: NativeZipWriter, model: WorkbookModel): void {
  const strings = model.sharedStrings;
  if (strings && strings.count) zip.append(renderXmlBytes((s) => strings.render(s, strings.model)), { name: "xl/sharedStrings.xml" });
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
