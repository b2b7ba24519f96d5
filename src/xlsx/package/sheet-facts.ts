import { SaxesParser } from "saxes";
import type { CellValue } from "../../workbook/grid";
import { relsPathOf } from "./part-names";
import { isRelType, RelationshipsPart } from "./relationships";
import type { WorkbookSheet } from "./workbook-part";
import { localName } from "./xml-tree";
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
  const parser = new SaxesParser({ position: false });
  let found: Record<string, string> | null = null;
  parser.on("opentag", (tag) => {
    found = tag.attributes as Record<string, string>;
    throw STOP;
  });
  try {
    parser.write(xml).close();
  } catch {
    return found;
  }
  return found;
}

/**
 * A1 and whether the sheet holds any value, read from the sheet part until the first value (what the
 * placement rule asks of the hidden history sheet: extra-sheet-placement.ts). A shared string is looked
 * up in the workbook's shared strings.
 */
export function sheetStart(pkg: ZipPackage, part: string, sharedStringsPart: string | null): { a1: CellValue; empty: boolean } {
  const parser = new SaxesParser({ position: false });
  let cell: { ref: string; type: string } | null = null;
  let inValue = false;
  let text = "";
  let first: { ref: string; type: string; text: string } | null = null;
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    const attributes = tag.attributes as Record<string, string>;
    if (name === "c") cell = { ref: attributes.r ?? "", type: attributes.t ?? "n" };
    else if (cell !== null && (name === "v" || name === "t")) {
      inValue = true;
      text = "";
    }
  });
  parser.on("text", (t) => {
    if (inValue) text += t;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if ((name === "v" || name === "t") && inValue) inValue = false;
    else if (name === "c" && cell !== null) {
      if (text !== "" && first === null) first = { ...cell, text };
      cell = null;
      text = "";
      if (first !== null) throw STOP;
    }
  });
  try {
    parser.write(pkg.text(part)).close();
  } catch (error) {
    if (error !== STOP) return { a1: null, empty: false };
  }
  const value = first as { ref: string; type: string; text: string } | null;
  if (value === null) return { a1: null, empty: true };
  if (value.ref.toUpperCase() !== "A1") return { a1: null, empty: false };
  if (value.type === "s") return { a1: sharedString(pkg, sharedStringsPart, Number(value.text)), empty: false };
  if (value.type === "n") return { a1: Number(value.text), empty: false };
  return { a1: value.text, empty: false };
}

const STOP = new Error("stop");

/** The index-th shared string (its text runs joined), read up to that item only. */
function sharedString(pkg: ZipPackage, part: string | null, index: number): string | null {
  if (part === null || !pkg.has(part) || !Number.isInteger(index)) return null;
  const parser = new SaxesParser({ position: false });
  let item = -1;
  let inText = false;
  let phonetic = false;
  let text = "";
  parser.on("opentag", (tag) => {
    const name = localName(tag.name);
    if (name === "si") item++;
    // Phonetic runs (rPh) are not part of the text.
    else if (name === "rPh") phonetic = true;
    else if (name === "t" && item === index && !phonetic) inText = true;
  });
  parser.on("text", (t) => {
    if (inText) text += t;
  });
  parser.on("closetag", (tag) => {
    const name = localName(tag.name);
    if (name === "t") inText = false;
    else if (name === "rPh") phonetic = false;
    else if (name === "si" && item === index) throw STOP;
  });
  try {
    parser.write(pkg.text(part)).close();
  } catch (error) {
    return error === STOP ? text : null;
  }
  return null;
}
