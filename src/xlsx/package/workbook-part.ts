import { fileError } from "../file-errors";
import { relsPathOf } from "./part-names";
import { isRelType, RelationshipsPart, type Relationship } from "./relationships";
import { xmlTrue } from "./xml-events";
import { attribute, attributeByLocalName, childElements, firstChild, localName, parseXml, type XmlDocument, type XmlElement } from "./xml-tree";
import type { ZipPackage } from "./zip-package";

/**
 * The one place workbook.xml is read, for the grid reader (its facts) and the writer (its tree, edited by
 * workbook-edit.ts). Found the way OPC says, never by guessing file names: the package's relationships
 * name the workbook part ("xl/workbook.xml" for nearly every writer, but not all), the workbook's
 * relationships name each sheet's part, the shared strings and the styles. Relative targets
 * ("worksheets/sheet1.xml") and absolute ones ("/xl/worksheets/sheet1.xml", as some writers put them)
 * both resolve to the zip entry. Elements are found by local name along their place in the schema
 * (workbook > sheets > sheet), so a prefixed spreadsheet namespace (x:sheet) reads the same, and
 * extension elements (under extLst) are never mistaken for them.
 */

const R_NAMESPACES = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];
const WORKBOOK_FALLBACK = "xl/workbook.xml";

/** One sheet of the workbook as listed in workbook.xml, with the part its relationship points to. */
export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** Zip entry name of its part; null when the relationship is missing or leaves the package. */
  part: string | null;
  /** Worksheets hold cells; chart sheets and dialog sheets are tabs without cells (Excel's API lists only worksheets). */
  kind: "worksheet" | "chartsheet" | "other";
  /** "hidden" or "veryHidden" in the file. */
  hidden: boolean;
  /** Its `<sheet>` element in the tree, kept as written when the writer rewrites the list. */
  element: XmlElement;
}

export interface DefinedName {
  name: string;
  /** Index of the sheet (in workbook order) it is local to, or null for a workbook-wide name. */
  localSheetId: number | null;
  hidden: boolean;
  /** Its formula ("'Đơn vị'!$A$1:$B$9"). */
  formula: string;
}

/** The workbook part of a package: where it is, its tree, its relationships, its sheets in tab order and the facts the reader needs. */
export interface WorkbookPart {
  path: string;
  doc: XmlDocument;
  rels: RelationshipsPart;
  relsPath: string;
  /** In tab order. */
  sheets: WorkbookSheet[];
  /** The `<sheets>` element (workbook.xml always has one). */
  sheetsElement: XmlElement;
  /** The prefix (with its colon) bound to the relationships namespace on the root, e.g. "r:"; null when none is declared. */
  relPrefix: string | null;
  /** Serial 0 is 1904-01-01 instead of 1899-12-31 (Mac workbooks of old, some exports). */
  date1904: boolean;
  definedNames: DefinedName[];
  sharedStringsPart: string | null;
  stylesPart: string | null;
}

/**
 * Throws WorkbookFileError "not-workbook" when the package holds no workbook (a .docx, a plain zip, an
 * .xlsb's binary workbook), "damaged" naming the part when a part it needs is broken. Each call parses
 * afresh: the writer edits the tree it gets.
 */
export function readWorkbookPart(pkg: ZipPackage, label: string): WorkbookPart {
  const path = findWorkbookPart(pkg, label);
  const doc = parseXml(pkg.text(path), label, path);
  if (localName(doc.root.name) !== "workbook") throw fileError("not-workbook", label);
  const relsPath = relsPathOf(path);
  const rels = RelationshipsPart.parse(path, pkg.has(relsPath) ? pkg.text(relsPath) : null, label, relsPath);
  const sheetsElement = firstChild(doc.root, "sheets");
  if (!sheetsElement) throw fileError("damaged", label, `${path}: no <sheets>`);
  const relPrefix = relationshipPrefix(doc.root);
  const sheets = childElements(sheetsElement, "sheet").map((el) => sheetOf(el, relIdOf(el, relPrefix), rels));
  const workbookPr = firstChild(doc.root, "workbookPr");
  const list = rels.list();
  return {
    path,
    doc,
    rels,
    relsPath,
    sheets,
    sheetsElement,
    relPrefix,
    date1904: workbookPr !== undefined && xmlTrue(attribute(workbookPr, "date1904")),
    definedNames: definedNamesOf(doc.root),
    sharedStringsPart: partOfType(pkg, list, "sharedStrings"),
    stylesPart: partOfType(pkg, list, "styles"),
  };
}

/** The relationships of `part` (none when it has no .rels part). */
export function relationshipsOf(pkg: ZipPackage, part: string, label: string): Relationship[] {
  const path = relsPathOf(part);
  if (!pkg.has(path)) return [];
  return RelationshipsPart.parse(part, pkg.text(path), label, path).list();
}

function sheetOf(el: XmlElement, relId: string, rels: RelationshipsPart): WorkbookSheet {
  const rel = rels.byId(relId);
  const kind = rel === undefined ? "other" : isRelType(rel.type, "worksheet") ? "worksheet" : isRelType(rel.type, "chartsheet") ? "chartsheet" : "other";
  const state = attribute(el, "state");
  return {
    name: attribute(el, "name") ?? "",
    sheetId: Number(attribute(el, "sheetId") ?? 0),
    relId,
    part: rel?.part ?? null,
    kind,
    hidden: state === "hidden" || state === "veryHidden",
    element: el,
  };
}

function definedNamesOf(root: XmlElement): DefinedName[] {
  const names = firstChild(root, "definedNames");
  return (names ? childElements(names, "definedName") : []).map((el) => {
    const local = attribute(el, "localSheetId");
    const formula = el.children.map((c) => (c.kind === "text" || c.kind === "cdata" ? c.text : "")).join("");
    return { name: attribute(el, "name") ?? "", localSheetId: local === undefined ? null : Number(local), hidden: xmlTrue(attribute(el, "hidden")), formula };
  });
}

/** The package relationship of type officeDocument, else the usual place when the package has no relationships. */
function findWorkbookPart(pkg: ZipPackage, label: string): string {
  const root = pkg.has("_rels/.rels") ? RelationshipsPart.parse("", pkg.text("_rels/.rels"), label, "_rels/.rels").list() : [];
  const office = root.find((r) => r.part !== null && isRelType(r.type, "officeDocument") && pkg.has(r.part));
  const part = office?.part ?? (pkg.has(WORKBOOK_FALLBACK) ? WORKBOOK_FALLBACK : null);
  // An .xlsb names "xl/workbook.bin": a workbook, but not one this program reads.
  if (part === null || !part.toLowerCase().endsWith(".xml")) throw fileError("not-workbook", label);
  return pkg.entry(part)?.name ?? part;
}

function partOfType(pkg: ZipPackage, rels: readonly Relationship[], type: string): string | null {
  const rel = rels.find((r) => r.part !== null && isRelType(r.type, type) && pkg.has(r.part));
  return rel?.part ?? null;
}

function relationshipPrefix(root: XmlElement): string | null {
  for (const [name, value] of root.attributes) if (name.startsWith("xmlns:") && R_NAMESPACES.includes(value)) return `${name.slice(6)}:`;
  return null;
}

function relIdOf(el: XmlElement, prefix: string | null): string {
  return (prefix !== null ? attribute(el, `${prefix}id`) : undefined) ?? attributeByLocalName(el, "id") ?? "";
}
