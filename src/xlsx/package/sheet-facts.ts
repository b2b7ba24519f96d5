import type { CellValue } from "../../workbook/grid";
import { relsPathOf } from "./part-names";
import { isRelType, RelationshipsPart } from "./relationships";
import type { WorkbookSheet } from "./workbook-part";
import { scanXml } from "./xml-events";
import type { ZipPackage } from "./zip-package";

/** An Excel table of the workbook: its part, name and id (both unique across a workbook). */
export interface TableFact {
  part: string;
  name: string;
  id: number;
}

/** The tables on a sheet, from its relationships; a table part that cannot be read is left out. */
export function tablesOfSheet(pkg: ZipPackage, sheet: WorkbookSheet, label: string): TableFact[] {
  if (sheet.part === null) return [];
  const relsPath = relsPathOf(sheet.part);
  if (!pkg.has(relsPath)) return [];
  const rels = RelationshipsPart.parse(sheet.part, pkg.text(relsPath), label, relsPath);
  return rels.list().flatMap((rel) => {
    if (!isRelType(rel.type, "table") || rel.part === null || !pkg.has(rel.part)) return [];
    const root = rootAttributes(pkg.text(rel.part));
    return root === null ? [] : [{ part: rel.part, name: root.name ?? root.displayName ?? "", id: Number(root.id ?? 0) }];
  });
}

/** The attributes of a part's root element, read without parsing the rest; null when it is not XML. */
function rootAttributes(xml: string): Record<string, string> | null {
  let found: Record<string, string> | null = null;
  scanXml(xml, { open: (_local, attributes) => ((found = attributes), true) });
  return found;
}

/**
 * A1 and whether the sheet holds any value, read from the sheet part until the first value (what the
 * placement rule asks of the hidden history sheet: extra-sheet-placement.ts). A shared string is looked
 * up in the workbook's shared strings.
 */
export function sheetStart(pkg: ZipPackage, part: string, sharedStringsPart: string | null): { a1: CellValue; empty: boolean } {
  let cell: { ref: string; type: string } | null = null;
  let inValue = false;
  let text = "";
  let first: { ref: string; type: string; text: string } | null = null;
  const outcome = scanXml(pkg.text(part), {
    open(local, attributes) {
      if (local === "c") cell = { ref: attributes.r ?? "", type: attributes.t ?? "n" };
      else if (cell !== null && (local === "v" || local === "t")) {
        inValue = true;
        text = "";
      }
    },
    text(t) {
      if (inValue) text += t;
    },
    close(local) {
      if ((local === "v" || local === "t") && inValue) inValue = false;
      else if (local === "c" && cell !== null) {
        if (text !== "" && first === null) first = { ...cell, text };
        cell = null;
        text = "";
        return first !== null;
      }
    },
  });
  if (outcome === "broken") return { a1: null, empty: false };
  const value = first as { ref: string; type: string; text: string } | null;
  if (value === null) return { a1: null, empty: true };
  if (value.ref.toUpperCase() !== "A1") return { a1: null, empty: false };
  if (value.type === "s") return { a1: sharedString(pkg, sharedStringsPart, Number(value.text)), empty: false };
  if (value.type === "n") return { a1: Number(value.text), empty: false };
  return { a1: value.text, empty: false };
}

/** The index-th shared string (its text runs joined), read up to that item only. */
function sharedString(pkg: ZipPackage, part: string | null, index: number): string | null {
  if (part === null || !pkg.has(part) || !Number.isInteger(index)) return null;
  let item = -1;
  let inText = false;
  let phonetic = false;
  let text = "";
  const outcome = scanXml(pkg.text(part), {
    open(local) {
      if (local === "si") item++;
      // Phonetic runs (rPh) are not part of the text.
      else if (local === "rPh") phonetic = true;
      else if (local === "t" && item === index && !phonetic) inText = true;
    },
    text(t) {
      if (inText) text += t;
    },
    close(local) {
      if (local === "t") inText = false;
      else if (local === "rPh") phonetic = false;
      else if (local === "si" && item === index) return true;
    },
  });
  return outcome === "stopped" ? text : null;
}
