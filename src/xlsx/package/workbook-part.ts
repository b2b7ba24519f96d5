import { fileError } from "../file-errors";
import type { ZipPackage } from "./zip-package";
import { relsPathOf } from "./part-names";
import { isRelType, RelationshipsPart } from "./relationships";
import { attribute, attributeByLocalName, childElements, firstChild, parseXml, type XmlDocument, type XmlElement } from "./xml-tree";

const R_NAMESPACES = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];

/** One sheet of the workbook as listed in workbook.xml, with the part its relationship points to. */
export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** Zip entry name of its part; null when the relationship is missing or external. */
  part: string | null;
  /** The relationship type's last word: "worksheet", "chartsheet", "dialogsheet", "macrosheet"… */
  type: string;
  hidden: boolean;
  element: XmlElement;
}

/** The workbook part of a package: where it is, its tree, its relationships and its sheets in tab order. */
export interface WorkbookPart {
  path: string;
  doc: XmlDocument;
  rels: RelationshipsPart;
  relsPath: string;
  sheets: WorkbookSheet[];
  /** The `<sheets>` element (workbook.xml always has one). */
  sheetsElement: XmlElement;
  /** The prefix (with its colon) bound to the relationships namespace on the root, e.g. "r:"; null when none is declared. */
  relPrefix: string | null;
}

/** Finds the workbook through the package relationships (never by guessing its name). */
export function readWorkbookPart(pkg: ZipPackage, label: string): WorkbookPart {
  const rootRels = RelationshipsPart.parse("", pkg.has("_rels/.rels") ? pkg.text("_rels/.rels") : null, label, "_rels/.rels");
  const office = rootRels.list().find((r) => isRelType(r.type, "officeDocument") && r.part !== null);
  const path = office?.part ?? "xl/workbook.xml";
  const doc = parseXml(pkg.text(path), label, path);
  const relsPath = relsPathOf(path);
  const rels = RelationshipsPart.parse(path, pkg.has(relsPath) ? pkg.text(relsPath) : null, label, relsPath);
  const sheetsElement = firstChild(doc.root, "sheets");
  if (!sheetsElement) throw fileError("damaged", label, `${path}: no <sheets>`);
  const relPrefix = relationshipPrefix(doc.root);
  const sheets = childElements(sheetsElement, "sheet").map((el): WorkbookSheet => {
    const relId = relIdOf(el, relPrefix);
    const rel = rels.byId(relId);
    const state = attribute(el, "state");
    return {
      name: attribute(el, "name") ?? "",
      sheetId: Number(attribute(el, "sheetId") ?? 0),
      relId,
      part: rel?.part ?? null,
      type: rel ? rel.type.slice(rel.type.lastIndexOf("/") + 1) : "",
      hidden: state === "hidden" || state === "veryHidden",
      element: el,
    };
  });
  return { path, doc, rels, relsPath, sheets, sheetsElement, relPrefix };
}

function relationshipPrefix(root: XmlElement): string | null {
  for (const [name, value] of root.attributes) if (name.startsWith("xmlns:") && R_NAMESPACES.includes(value)) return `${name.slice(6)}:`;
  return null;
}

function relIdOf(el: XmlElement, prefix: string | null): string {
  return (prefix !== null ? attribute(el, `${prefix}id`) : undefined) ?? attributeByLocalName(el, "id") ?? "";
}
