import { zlibSync } from "fflate";
import type { Lang } from "../../scoring/types";
import type { Deflate } from "../chart/png";
import type { Crc32 } from "../crc32";
import { updateSheetList } from "./app-properties";
import { calcChainMentions } from "./calc-chain";
import { CONTENT_TYPES, CONTENT_TYPES_PART, ContentTypes } from "./content-types";
import { partsOnlyReachedThrough } from "./owned-parts";
import { folderOf, PartNames, relativeTarget } from "./part-names";
import { addSheetParts, type PlannedSheet } from "./program-sheet-parts";
import { isRelType, REL_TYPES } from "./relationships";
import type { TableFact } from "./sheet-facts";
import { StylesPart } from "./styles-merge";
import { editWorkbook, type SheetSlot } from "./workbook-edit";
import { relationshipsOf, type WorkbookPart, type WorkbookSheet } from "./workbook-part";
import { serializeXml } from "./xml-tree";
import type { ZipPackage } from "./zip-package";
import { ZipWriter, type DeflateRaw } from "./zip-writer";

export interface WriteSheetsOptions {
  /** The input file's name, for messages about a damaged part. */
  label?: string;
  /** Compresses the chart picture (zlib stream); fflate's by default, on every host. */
  deflate?: Deflate;
  /** Compresses the new parts (raw deflate); fflate's by default, on every host. */
  deflateRaw?: DeflateRaw;
  /** CRC-32 of the new parts; crc32.ts's by default, on every host. */
  crc32?: Crc32;
}

/** "xlsm" when the workbook part is macro-enabled (it keeps its VBA project): the name the copy must have for Excel to open it. */
export type WorkbookKind = "xlsx" | "xlsm";

const MACRO_ENABLED = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

/**
 * The package with `planned` sheets written into it: every part of the input is copied byte for byte
 * (compressed bytes as they were) except the replaced sheets and the parts only they used (removed),
 * and the parts that list sheets or hold their formats: the workbook, its relationships, the content
 * types, the styles (formats appended, none renumbered) and docProps/app.xml's list of sheets (when it
 * has one). A sheet replacing others takes the first
 * one's tab position; a new one goes after the last sheet.
 */
export function writeSheets(
  input: ZipPackage,
  workbook: WorkbookPart,
  tables: ReadonlyMap<WorkbookSheet, TableFact[]>,
  planned: PlannedSheet[],
  lang: Lang,
  options: WriteSheetsOptions,
): { bytes: Uint8Array; kind: WorkbookKind } {
  const label = options.label ?? "workbook";
  const replacedSheets = new Set(planned.flatMap((p) => p.replaces));
  const gone = partsOnlyReachedThrough(input, new Set([...replacedSheets].flatMap((s) => (s.part === null ? [] : [s.part]))), label);
  for (const sheet of replacedSheets) workbook.rels.remove(sheet.relId);

  const contentTypes = ContentTypes.parse(input.text(CONTENT_TYPES_PART), label);
  for (const part of gone) contentTypes.removeOverride(part);
  const calcChain = workbook.rels.list().find((r) => isRelType(r.type, "calcChain") && r.part !== null && input.has(r.part));
  if (calcChain?.part && calcChainMentions(input.text(calcChain.part), new Set([...replacedSheets].map((s) => s.sheetId)))) {
    // A cache of where formulas are: Excel rebuilds it, but repairs the file if it names cells that now hold none.
    gone.add(input.entry(calcChain.part)?.name ?? calcChain.part);
    workbook.rels.remove(calcChain.id);
    contentTypes.removeOverride(calcChain.part);
  }

  const stylesPath = workbook.stylesPart === null ? null : (input.entry(workbook.stylesPart)?.name ?? workbook.stylesPart);
  const styles = StylesPart.parse(stylesPath === null ? null : input.text(stylesPath), label, stylesPath ?? "styles");

  // The names of removed parts are free again: a re-ranked workbook keeps its part names.
  const names = new PartNames(input.entries.filter((e) => !gone.has(e.name)).map((e) => e.name));
  const keptTables = [...tables].filter(([sheet]) => !replacedSheets.has(sheet)).flatMap(([, t]) => t);
  const added = addSheetParts(planned, {
    workbook,
    names,
    contentTypes,
    styles,
    lang,
    deflate: options.deflate ?? ((data) => zlibSync(data, { level: 6 })),
    takenTableNames: new Set([...keptTables.map((t) => t.name.toLowerCase()), ...workbook.definedNames.map((n) => n.name.toLowerCase())]),
    nextTableId: Math.max(0, ...[...tables.values()].flat().map((t: TableFact) => t.id).filter(Number.isFinite)) + 1,
  });
  const slots = sheetSlots(workbook, planned);
  editWorkbook(workbook, slots);

  let newStylesPath: string | null = null;
  if (styles.modified && stylesPath === null) {
    newStylesPath = names.has(`${folderOf(workbook.path)}styles.xml`) ? names.claim(`${folderOf(workbook.path)}styles`, ".xml") : `${folderOf(workbook.path)}styles.xml`;
    workbook.rels.add(REL_TYPES.styles, relativeTarget(workbook.path, newStylesPath));
    contentTypes.addOverride(newStylesPath, CONTENT_TYPES.styles);
  }

  const changed = new Map<string, string>([
    [workbook.path, serializeXml(workbook.doc)],
    [workbook.relsPath, workbook.rels.serialize()],
    [CONTENT_TYPES_PART, contentTypes.serialize()],
  ]);
  if (styles.modified && stylesPath !== null) changed.set(stylesPath, styles.serialize());
  const app = appPropertiesOf(input, workbook, slots, label);
  if (app !== null) changed.set(app.part, app.xml);
  const zip = new ZipWriter(options.deflateRaw, options.crc32);
  const written = new Set<string>();
  for (const entry of input.entries) {
    if (gone.has(entry.name) || written.has(entry.name.toLowerCase())) continue;
    written.add(entry.name.toLowerCase());
    const text = changed.get(entry.name);
    if (text !== undefined) zip.add(entry.name, text);
    else zip.copy(entry, input.raw(entry.name));
  }
  for (const [name, text] of changed) if (!written.has(name.toLowerCase())) zip.add(name, text);
  if (newStylesPath !== null) zip.add(newStylesPath, styles.serialize());
  for (const part of added) zip.add(part.name, part.data, part.store);

  const kind: WorkbookKind = contentTypes.typeOf(workbook.path) === MACRO_ENABLED ? "xlsm" : "xlsx";
  return { bytes: zip.finish(), kind };
}

/**
 * The tabs after writing: a sheet replacing earlier ones takes the first one's position (the others
 * are removed), a new one goes after the last sheet, in the program's order.
 */
function sheetSlots(workbook: WorkbookPart, planned: readonly PlannedSheet[]): SheetSlot[] {
  const usedIds = new Set(workbook.sheets.map((s) => s.sheetId));
  let nextId = Math.max(0, ...usedIds) + 1;
  const slotOf = (p: PlannedSheet, replacing: WorkbookSheet | null): SheetSlot => ({
    kind: "written",
    name: p.name,
    relId: p.relId ?? "",
    sheetId: replacing?.sheetId ?? nextId++,
    hidden: p.hidden,
    printTitles: printTitlesOf(p),
    replacing,
  });
  const slots: SheetSlot[] = [];
  for (const sheet of workbook.sheets) {
    const owner = planned.find((p) => p.replaces.includes(sheet));
    if (owner === undefined) slots.push({ kind: "kept", sheet });
    else if (owner.replaces[0] === sheet) slots.push(slotOf(owner, sheet));
  }
  for (const p of planned) if (p.replaces.length === 0) slots.push(slotOf(p, null));
  return slots;
}

/** docProps/app.xml listing the copy's sheets, when the input's lists them (app-properties.ts); null to copy it as it is. */
function appPropertiesOf(input: ZipPackage, workbook: WorkbookPart, slots: readonly SheetSlot[], label: string): { part: string; xml: string } | null {
  const rel = relationshipsOf(input, "", label).find((r) => r.part !== null && isRelType(r.type, "extended-properties") && input.has(r.part));
  if (!rel?.part) return null;
  const part = input.entry(rel.part)?.name ?? rel.part;
  const worksheet = (slot: SheetSlot) => slot.kind === "written" || slot.sheet.kind === "worksheet";
  const xml = updateSheetList(input.text(part), label, part, {
    before: workbook.sheets.filter((s) => s.kind === "worksheet").map((s) => s.name),
    after: slots.filter(worksheet).map((s) => (s.kind === "kept" ? s.sheet.name : s.name)),
    printTitled: slots.flatMap((s) => (s.kind === "written" && s.printTitles !== null ? [s.name] : [])),
  });
  return xml === null ? null : { part, xml };
}

function printTitlesOf(p: PlannedSheet): { first: number; last: number } | null {
  if (p.content.kind !== "rendered" || p.content.sheet.print.printTitleRows <= 0) return null;
  const { printTitleFirstRow, printTitleRows } = p.content.sheet.print;
  return { first: Math.min(printTitleFirstRow ?? 1, printTitleRows), last: printTitleRows };
}
