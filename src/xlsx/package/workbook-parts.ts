import { fileError } from "../file-errors";
import { relsPathOf } from "./part-names";
import { isRelType, RelationshipsPart, type Relationship } from "./relationships";
import { readXml, xmlTrue } from "./xml-events";
import type { ZipPackage } from "./zip-package";

/**
 * What the workbook part and its relationships say, found the way OPC says (never by guessing file
 * names): the package's relationships name the workbook part ("xl/workbook.xml" for nearly every
 * writer, but not all), the workbook's relationships name each sheet's part, the shared strings and
 * the styles. Relative targets ("worksheets/sheet1.xml") and absolute ones ("/xl/worksheets/sheet1.xml",
 * as some writers put them) both resolve to the zip entry.
 */
export interface WorkbookSheet {
  name: string;
  sheetId: string;
  relId: string;
  /** "visible" | "hidden" | "veryHidden" as written (absent = visible). */
  state: string;
  /** Zip entry of the sheet's part; null when the relationship is missing or leaves the package. */
  part: string | null;
  /** Worksheets hold cells; chart sheets and dialog sheets are tabs without cells (Excel's API lists only worksheets). */
  kind: "worksheet" | "chartsheet" | "other";
}

export interface DefinedName {
  name: string;
  /** Index of the sheet (in workbook order) it is local to, or null for a workbook-wide name. */
  localSheetId: number | null;
  hidden: boolean;
  /** Its formula ("'Đơn vị'!$A$1:$B$9"). */
  formula: string;
}

export interface WorkbookParts {
  workbookPart: string;
  /** In tab order. */
  sheets: WorkbookSheet[];
  /** Serial 0 is 1904-01-01 instead of 1899-12-31 (Mac workbooks of old, some exports). */
  date1904: boolean;
  definedNames: DefinedName[];
  sharedStringsPart: string | null;
  stylesPart: string | null;
  /** The workbook part's relationships, as read. */
  relationships: Relationship[];
}

const WORKBOOK_FALLBACK = "xl/workbook.xml";

/**
 * Throws WorkbookFileError "not-workbook" when the package holds no workbook (a .docx, a plain zip, an
 * .xlsb's binary workbook), "damaged" naming the part when a part it needs is broken.
 */
export function readWorkbookParts(pkg: ZipPackage, label: string): WorkbookParts {
  const workbookPart = findWorkbookPart(pkg, label);
  const rels = relationshipsOf(pkg, workbookPart, label);
  const byId = new Map(rels.map((r) => [r.id, r] as const));
  const sheets: WorkbookSheet[] = [];
  const definedNames: DefinedName[] = [];
  let date1904 = false;
  let isWorkbook = false;
  let openName: { name: string; localSheetId: number | null; hidden: boolean; text: string } | null = null;
  readXml(pkg.text(workbookPart), label, workbookPart, {
    open(tag) {
      if (!tag.main) return;
      if (tag.local === "workbook") isWorkbook = true;
      else if (tag.local === "workbookPr") date1904 = xmlTrue(tag.attr("date1904"));
      else if (tag.local === "sheet") sheets.push(sheetOf(tag.attr("name") ?? "", tag.attr("sheetId") ?? "", tag.relAttr("id") ?? "", tag.attr("state") ?? "visible", byId));
      else if (tag.local === "definedName") {
        const local = tag.attr("localSheetId");
        openName = { name: tag.attr("name") ?? "", localSheetId: local === undefined ? null : Number(local), hidden: xmlTrue(tag.attr("hidden")), text: "" };
      }
    },
    text(text) {
      if (openName !== null) openName.text += text;
    },
    close(tag) {
      if (tag.main && tag.local === "definedName" && openName !== null) {
        const { text, ...rest } = openName;
        definedNames.push({ ...rest, formula: text });
        openName = null;
      }
    },
  });
  if (!isWorkbook) throw fileError("not-workbook", label);
  return {
    workbookPart,
    sheets,
    date1904,
    definedNames,
    sharedStringsPart: partOfType(pkg, rels, "sharedStrings"),
    stylesPart: partOfType(pkg, rels, "styles"),
    relationships: rels,
  };
}

function sheetOf(name: string, sheetId: string, relId: string, state: string, rels: ReadonlyMap<string, Relationship>): WorkbookSheet {
  const rel = rels.get(relId);
  const kind = rel === undefined ? "other" : isRelType(rel.type, "worksheet") ? "worksheet" : isRelType(rel.type, "chartsheet") ? "chartsheet" : "other";
  return { name, sheetId, relId, state, part: rel?.part ?? null, kind };
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

/** The relationships of `part` (none when it has no .rels part). */
export function relationshipsOf(pkg: ZipPackage, part: string, label: string): Relationship[] {
  const path = relsPathOf(part);
  if (!pkg.has(path)) return [];
  return RelationshipsPart.parse(part, pkg.text(path), label, path).list();
}

function partOfType(pkg: ZipPackage, rels: readonly Relationship[], type: string): string | null {
  const rel = rels.find((r) => r.part !== null && isRelType(r.type, type) && pkg.has(r.part));
  return rel?.part ?? null;
}
