import type { SheetGrid } from "../../workbook/grid";
import { isRelType } from "./relationships";
import { relationshipsOf } from "./workbook-part";
import { readXml } from "./xml-events";
import type { ZipPackage } from "./zip-package";

export type SheetTable = NonNullable<SheetGrid["tables"]>[number];

/**
 * The Excel tables on a sheet, from the sheet's relationships to its table parts: name, A1 range
 * (header row first) and the Total Row flag (totalsRowCount, see SheetGrid.tables). Only the small
 * relationships and table parts are read, never the sheet's cells, so every sheet gets its tables.
 * The name is the one Excel shows and formulas use (displayName; `name` when a writer gave only that).
 */
export function readSheetTables(pkg: ZipPackage, sheetPart: string, label: string): SheetTable[] {
  const tables: SheetTable[] = [];
  for (const rel of relationshipsOf(pkg, sheetPart, label)) {
    if (rel.part === null || !isRelType(rel.type, "table") || !pkg.has(rel.part)) continue;
    const part = rel.part;
    readXml(pkg.text(part), label, part, {
      open(tag) {
        if (!tag.main || tag.local !== "table") return;
        const name = tag.attr("displayName") || tag.attr("name") || "";
        const range = (tag.attr("ref") ?? "").replace(/\$/g, "");
        const totals = Number(tag.attr("totalsRowCount") ?? 0) > 0;
        tables.push(totals ? { name, range, totalsRow: true } : { name, range });
      },
    });
  }
  return tables;
}
