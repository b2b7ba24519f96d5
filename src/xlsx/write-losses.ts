import { elements, resolvePart } from "./package-parts";
import { entryBytes, findEntry, readZipDirectory, type InflateRaw, type ZipEntry } from "./zip-reader";

/**
 * What the output copy loses of the input file: ExcelJS 4.4 loads cells, styles, tables, pictures and
 * comments, and silently drops the package parts it does not model. Found from the input's zip, through
 * the package relationships (never guessed from part names), so the officer can be told by name.
 *
 * - chart sheets, dialog and macro sheets (a whole tab);
 * - charts, shapes and text boxes drawn on a worksheet (pictures are kept);
 * - PivotTables, slicers and timelines on a worksheet;
 * - the VBA project (macros) of an .xlsm.
 */
export type LostKind = "chartSheet" | "otherSheet" | "chart" | "shape" | "pivotTable" | "slicer" | "macros";

export interface LostPart {
  kind: LostKind;
  /** The sheet it is on (or is); null for the workbook's macros. */
  sheet: string | null;
  count: number;
}

type Text = (path: string) => Promise<string | null>;

interface Relationship {
  type: string;
  target: string;
}

/** Never throws: a package that cannot be read this way yields what could be read (the copy is written anyway). */
export async function findLostParts(bytes: Uint8Array, inflate: InflateRaw): Promise<LostPart[]> {
  try {
    const entries = readZipDirectory(bytes);
    return entries === null ? [] : await lostParts(entries, textOf(bytes, entries, inflate));
  } catch {
    return [];
  }
}

function textOf(bytes: Uint8Array, entries: readonly ZipEntry[], inflate: InflateRaw): Text {
  return async (path) => {
    const entry = findEntry(entries, path);
    return entry === undefined ? null : new TextDecoder().decode(await entryBytes(bytes, entry, inflate));
  };
}

async function lostParts(entries: readonly ZipEntry[], text: Text): Promise<LostPart[]> {
  const root = await relationshipsOf("", text);
  const workbookPath = [...root.values()].find((r) => endsWithType(r, "officeDocument"))?.target ?? "xl/workbook.xml";
  const workbookXml = await text(workbookPath);
  if (workbookXml === null) return [];
  const rels = await relationshipsOf(workbookPath, text);
  const lost: LostPart[] = [];
  for (const attributes of elements(workbookXml, "sheet")) {
    const name = attributes.get("name");
    const id = [...attributes].find(([key]) => key.endsWith(":id"))?.[1];
    const rel = id === undefined ? undefined : rels.get(id);
    if (name === undefined || rel === undefined) continue;
    if (endsWithType(rel, "chartsheet")) lost.push({ kind: "chartSheet", sheet: name, count: 1 });
    else if (endsWithType(rel, "worksheet")) lost.push(...(await worksheetLosses(name, rel.target, entries, text)));
    else lost.push({ kind: "otherSheet", sheet: name, count: 1 });
  }
  if ([...rels.values()].some((r) => endsWithType(r, "vbaProject"))) lost.push({ kind: "macros", sheet: null, count: 1 });
  return lost;
}

async function worksheetLosses(sheet: string, path: string, entries: readonly ZipEntry[], text: Text): Promise<LostPart[]> {
  const counts = new Map<LostKind, number>();
  const add = (kind: LostKind, n = 1) => n > 0 && counts.set(kind, (counts.get(kind) ?? 0) + n);
  for (const rel of (await relationshipsOf(path, text)).values()) {
    if (endsWithType(rel, "pivotTable")) add("pivotTable");
    else if (endsWithType(rel, "slicer") || endsWithType(rel, "timeline")) add("slicer", await slicerCount(rel.target, text));
    else if (endsWithType(rel, "drawing") && findEntry(entries, rel.target)) {
      const drawing = drawingObjects((await text(rel.target)) ?? "");
      add("chart", drawing.charts);
      add("shape", drawing.shapes);
    }
  }
  return [...counts].map(([kind, count]) => ({ kind, sheet, count }));
}

async function slicerCount(path: string, text: Text): Promise<number> {
  const xml = (await text(path)) ?? "";
  return Math.max(1, elements(xml, "slicer").length + elements(xml, "timeline").length);
}

const ANCHOR = /<((?:[\w.-]+:)?(?:twoCellAnchor|oneCellAnchor|absoluteAnchor))[\s>][\s\S]*?<\/\1>/g;

/** Objects anchored on a drawing: charts (classic and the newer chartex), and shapes, text boxes or groups; pictures are ExcelJS's. */
export function drawingObjects(drawingXml: string): { charts: number; shapes: number } {
  let charts = 0;
  let shapes = 0;
  for (const [anchor] of drawingXml.matchAll(ANCHOR)) {
    if (/\/(?:drawingml\/2006\/chart|drawing\/2014\/chartex)"/.test(anchor)) charts++;
    else if (/<(?:[\w.-]+:)?(?:sp|grpSp|cxnSp)[\s>]/.test(anchor)) shapes++;
  }
  return { charts, shapes };
}

/** The relationships of a part ("" for the package's root), targets resolved to zip paths. */
async function relationshipsOf(partPath: string, text: Text): Promise<Map<string, Relationship>> {
  const folder = partPath.slice(0, partPath.lastIndexOf("/") + 1);
  const relsPath = `${folder}_rels/${partPath.slice(folder.length)}.rels`;
  const rels = new Map<string, Relationship>();
  for (const attributes of elements((await text(relsPath)) ?? "", "Relationship")) {
    const id = attributes.get("Id");
    const target = attributes.get("Target");
    if (id === undefined || target === undefined || attributes.get("TargetMode") === "External") continue;
    rels.set(id, { type: attributes.get("Type") ?? "", target: resolvePart(folder, target) });
  }
  return rels;
}

/** Relationship types end in their name under several namespaces (transitional, strict, Microsoft's). */
function endsWithType(rel: Relationship, name: string): boolean {
  return rel.type.toLowerCase().endsWith(`/${name.toLowerCase()}`);
}

