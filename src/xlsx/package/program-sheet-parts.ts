import type { Lang } from "../../scoring/types";
import type { ChartSheet } from "../../workbook/extras/chart-sheet";
import type { RenderedSheet } from "../../workbook/rendering/output-types";
import { drawChartPicture } from "../chart/chart-picture";
import type { Deflate } from "../chart/png";
import { CONTENT_TYPES, type ContentTypes } from "./content-types";
import { pictureDrawingXml } from "./drawing-xml";
import { folderOf, relativeTarget, relsPathOf, type PartNames } from "./part-names";
import { REL_TYPES, RelationshipsPart } from "./relationships";
import { columnRange, renderedSheetPart, tableSpecOf, textSheetPart } from "./sheet-xml";
import type { StylesPart } from "./styles-merge";
import { tableXml } from "./table-xml";
import type { WorkbookPart, WorkbookSheet } from "./workbook-part";

/** A sheet the program writes now. */
export interface PlannedSheet {
  name: string;
  content: { kind: "rendered"; sheet: RenderedSheet; chart?: ChartSheet } | { kind: "text"; rows: string[][] };
  hidden: boolean;
  /** Input sheets it replaces: the first one's tab position is taken, the others are removed. */
  replaces: WorkbookSheet[];
  /** The workbook relationship of its part, once written. */
  relId?: string;
}

export interface NewPart {
  name: string;
  data: Uint8Array | string;
  /** Stored, not deflated (a PNG is compressed already). */
  store: boolean;
}

export interface PartContext {
  workbook: WorkbookPart;
  names: PartNames;
  contentTypes: ContentTypes;
  styles: StylesPart;
  lang: Lang;
  deflate: Deflate;
  /** Lower-cased table and defined names in use; the new tables' names are added. */
  takenTableNames: Set<string>;
  nextTableId: number;
}

/**
 * The parts of the sheets the program writes: each sheet's part with its relationships, its table, and
 * for the chart sheet a drawing with the picture. Registers each in the workbook's relationships and the
 * content types; sets each planned sheet's relId.
 */
export function addSheetParts(planned: PlannedSheet[], ctx: PartContext): NewPart[] {
  const parts: NewPart[] = [];
  const folder = folderOf(ctx.workbook.path);
  for (const p of planned) {
    const sheetPart = ctx.names.claim(`${folder}worksheets/sheet`, ".xml");
    p.relId = ctx.workbook.rels.add(REL_TYPES.worksheet, relativeTarget(ctx.workbook.path, sheetPart));
    ctx.contentTypes.addOverride(sheetPart, CONTENT_TYPES.worksheet);
    if (p.content.kind === "text") {
      parts.push({ name: sheetPart, data: textSheetPart(p.content.rows, ctx.styles.xf({ numFmt: "@" })), store: false });
      continue;
    }
    const sheet = { ...p.content.sheet, name: p.name };
    const rels = RelationshipsPart.parse(sheetPart, null, "", relsPathOf(sheetPart));
    const spec = tableSpecOf(sheet);
    let tableRelId: string | null = null;
    if (spec !== null && spec.hasData) {
      const tablePart = ctx.names.claim(`${folder}tables/table`, ".xml");
      tableRelId = rels.add(REL_TYPES.table, relativeTarget(sheetPart, tablePart));
      ctx.contentTypes.addOverride(tablePart, CONTENT_TYPES.table);
      parts.push({ name: tablePart, data: tableXml(spec, ctx.nextTableId++, freeTableName(sheet.tableName, ctx.takenTableNames)), store: false });
    }
    const chart = p.content.chart;
    const dataBar = chart && chart.lastDataRow >= chart.firstDataRow ? { range: columnRange(chart.percentColumn, chart.firstDataRow, chart.lastDataRow), min: axisMinOf(chart), max: chart.data.axisMax } : undefined;
    const drawingRelId = chart ? addPicture(chart, sheetPart, rels, parts, ctx) : undefined;
    parts.push({ name: sheetPart, data: renderedSheetPart(sheet, (style) => ctx.styles.xf(style), { tableRelId, drawingRelId, dataBar }), store: false });
    if (!rels.isEmpty()) parts.push({ name: relsPathOf(sheetPart), data: rels.serialize(), store: false });
  }
  return parts;
}

/** The chart picture under the table: a drawing part pointing to a PNG media part. */
function addPicture(chart: ChartSheet, sheetPart: string, sheetRels: RelationshipsPart, parts: NewPart[], ctx: PartContext): string | undefined {
  const picture = drawChartPicture(chart.data, ctx.lang, ctx.deflate);
  if (!picture) return undefined;
  const folder = folderOf(ctx.workbook.path);
  const media = ctx.names.claim(`${folder}media/image`, ".png");
  const drawing = ctx.names.claim(`${folder}drawings/drawing`, ".xml");
  const drawingRels = RelationshipsPart.parse(drawing, null, "", relsPathOf(drawing));
  const imageRelId = drawingRels.add(REL_TYPES.image, relativeTarget(drawing, media));
  ctx.contentTypes.ensureDefault("png", CONTENT_TYPES.png);
  ctx.contentTypes.addOverride(drawing, CONTENT_TYPES.drawing);
  const description = chart.data.title[ctx.lang];
  parts.push({ name: media, data: picture.png, store: true });
  parts.push({ name: drawing, data: pictureDrawingXml({ row: chart.pictureRow, col: 0, width: picture.width, height: picture.height, imageRelId, description }), store: false });
  parts.push({ name: relsPathOf(drawing), data: drawingRels.serialize(), store: false });
  return sheetRels.add(REL_TYPES.drawing, relativeTarget(sheetPart, drawing));
}

/** Table names are unique across a workbook, defined names included (case-insensitive): an officer's may already use ours. */
function freeTableName(wanted: string, taken: Set<string>): string {
  let name = wanted;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${wanted}${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** The start of the chart's value axis: the chart model may start it above 0 (a zoomed axis); 0 otherwise. */
function axisMinOf(chart: ChartSheet): number {
  const min = (chart.data as { axisMin?: unknown }).axisMin;
  return typeof min === "number" && Number.isFinite(min) ? min : 0;
}
