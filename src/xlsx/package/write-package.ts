import { zlibSync } from "fflate";
import type { Lang, Localized } from "../../scoring/types";
import type { CalculationExtras } from "../../workbook/extras/extras";
import { keptSheetNote, placeExtraSheet, type ExtraSheetPlacement } from "../../workbook/output-sheets/extra-sheet-placement";
import { contractSheetKindOf, EXTRA_SHEET_KINDS, isExtraSheetName, type ContractSheetKind, type ExistingSheet } from "../../workbook/output-sheets/program-sheets";
import type { RenderedOutputs } from "../../workbook/rendering/output-types";
import type { Deflate } from "../chart/png";
import { calcChainMentions } from "./calc-chain";
import { CONTENT_TYPES, CONTENT_TYPES_PART, ContentTypes } from "./content-types";
import { partsOnlyReachedThrough } from "./owned-parts";
import { addSheetParts, type PlannedSheet } from "./program-sheet-parts";
import { folderOf, PartNames, relativeTarget } from "./part-names";
import { isRelType, REL_TYPES } from "./relationships";
import { sheetStart, tablesOfSheet, type TableFact } from "./sheet-facts";
import { StylesPart } from "./styles-merge";
import { editWorkbook, type SheetSlot } from "./workbook-edit";
import { readWorkbookPart, type WorkbookPart, type WorkbookSheet } from "./workbook-part";
import { attribute, childElements, firstChild, serializeXml } from "./xml-tree";
import type { ZipPackage } from "./zip-package";
import { ZipWriter, type DeflateRaw } from "./zip-writer";

export interface WriteProgramSheetsOptions {
  /** The input file's name, for messages about a damaged part. */
  label?: string;
  /** Compresses the chart picture (zlib stream); fflate's by default, on every host. */
  deflate?: Deflate;
  /** Compresses the new parts (raw deflate); fflate's by default, on every host. */
  deflateRaw?: DeflateRaw;
}

export interface WrittenPackage {
  /** The output workbook: the input package with the program's sheets added or replaced. */
  bytes: Uint8Array;
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
 * its relationships, the content types and the styles (formats appended, none renumbered). Text is
 * written as inline strings, so the shared strings never change. An earlier program sheet is replaced in
 * place (same tab position); a new one goes after the last sheet. A null output (ranking blocked) leaves
 * the earlier sheet as it was. Browser-safe.
 */
export function writeProgramSheets(input: ZipPackage, outputs: RenderedOutputs, extras: CalculationExtras, lang: Lang, options: WriteProgramSheetsOptions = {}): WrittenPackage {
  const label = options.label ?? "workbook";
  const workbook = readWorkbookPart(input, label);
  const tables = new Map(workbook.sheets.map((s) => [s, s.type === "worksheet" ? tablesOfSheet(input, s, label) : []] as const));
  const { planned, placements } = planSheets(input, workbook, tables, outputs, extras);

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

  const stylesRel = workbook.rels.list().find((r) => isRelType(r.type, "styles") && r.part !== null);
  const stylesPath = stylesRel?.part && input.has(stylesRel.part) ? (input.entry(stylesRel.part)?.name ?? stylesRel.part) : null;
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
    takenTableNames: new Set([...keptTables.map((t) => t.name.toLowerCase()), ...definedNames(workbook)]),
    nextTableId: Math.max(0, ...[...tables.values()].flat().map((t: TableFact) => t.id).filter(Number.isFinite)) + 1,
  });
  editWorkbook(workbook, sheetSlots(workbook, planned));

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
  const zip = new ZipWriter(options.deflateRaw);
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

  return {
    bytes: zip.finish(),
    replaced: [...replacedSheets].map((s) => s.name),
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
    printTitleRows: p.content.kind === "rendered" ? p.content.sheet.print.printTitleRows : 0,
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

/** Defined names, lower-cased: a table may not take one (Excel's names share one namespace). */
function definedNames(workbook: WorkbookPart): string[] {
  const names = firstChild(workbook.doc.root, "definedNames");
  return (names ? childElements(names, "definedName") : []).map((n) => (attribute(n, "name") ?? "").toLowerCase());
}
