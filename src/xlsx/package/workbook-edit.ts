import { printTitlesFormula } from "./sheet-xml";
import type { WorkbookPart, WorkbookSheet } from "./workbook-part";
import { attribute, childElements, element, firstChild, insertAfterLast, removeChild, sameNamespace, setAttribute, type XmlElement } from "./xml-tree";

const R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A tab of the workbook after writing: an input sheet kept as it was, or one the program writes now. */
export type SheetSlot =
  | { kind: "kept"; sheet: WorkbookSheet }
  | {
      kind: "written";
      name: string;
      relId: string;
      sheetId: number;
      hidden: boolean;
      /** Rows first..last (1-based) repeat on every printed page; null for none. */
      printTitles: { first: number; last: number } | null;
      /** The input sheet it takes the place of (same tab position), if any. */
      replacing: WorkbookSheet | null;
    };

/**
 * Rewrites workbook.xml's sheet list to `slots` and keeps what refers to tab positions true: defined
 * names local to a sheet (localSheetId is a position) follow their sheet or go with it, the program's
 * sheets get their print titles, and the active and first visible tab stay on the same sheet. Everything
 * else in the part (calculation settings, views, protection, extensions) is left as it was.
 */
export function editWorkbook(workbook: WorkbookPart, slots: readonly SheetSlot[]): void {
  const position = new Map<WorkbookSheet, number>();
  slots.forEach((slot, i) => {
    if (slot.kind === "kept") position.set(slot.sheet, i);
    else if (slot.replacing) position.set(slot.replacing, i);
  });
  const oldPosition = (index: number): number | undefined => position.get(workbook.sheets[index]);
  const rel = relationshipPrefix(workbook);
  const sheets = workbook.sheetsElement;
  sheets.children = slots.map((slot) => {
    if (slot.kind === "kept") return slot.sheet.element;
    return element(sameNamespace(sheets, "sheet"), { name: slot.name, sheetId: slot.sheetId, state: slot.hidden ? "hidden" : undefined, [`${rel}id`]: slot.relId });
  });
  editDefinedNames(workbook, slots, (index) => {
    const sheet = workbook.sheets[index];
    const slot = position.get(sheet);
    // A replaced sheet's own names (its old print titles, filters) go with it.
    return slot === undefined || slots[slot].kind !== "kept" ? undefined : slot;
  });
  keepViews(workbook, slots, oldPosition);
}

function editDefinedNames(workbook: WorkbookPart, slots: readonly SheetSlot[], newPosition: (old: number) => number | undefined): void {
  const root = workbook.doc.root;
  let names = firstChild(root, "definedNames");
  for (const name of names ? childElements(names, "definedName") : []) {
    const local = attribute(name, "localSheetId");
    if (local === undefined) continue;
    const moved = newPosition(Number(local));
    if (moved === undefined) removeChild(names as XmlElement, name);
    else setAttribute(name, "localSheetId", String(moved));
  }
  slots.forEach((slot, i) => {
    if (slot.kind !== "written" || slot.printTitles === null) return;
    if (!names) {
      names = element(sameNamespace(root, "definedNames"));
      insertAfterLast(root, names, ["fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences"]);
    }
    const formula = { kind: "text" as const, text: printTitlesFormula(slot.name, slot.printTitles.first, slot.printTitles.last) };
    names.children.push(element(sameNamespace(names, "definedName"), { name: "_xlnm.Print_Titles", localSheetId: i }, [formula]));
  });
  if (names && childElements(names).length === 0) removeChild(root, names);
}

/** The active and first tabs stay on the same sheet; a tab that is gone or hidden falls back to the first visible one. */
function keepViews(workbook: WorkbookPart, slots: readonly SheetSlot[], oldPosition: (index: number) => number | undefined): void {
  const views = firstChild(workbook.doc.root, "bookViews");
  const firstVisible = Math.max(0, slots.findIndex((s) => (s.kind === "kept" ? !s.sheet.hidden : !s.hidden)));
  const visible = (i: number) => {
    const slot = slots[i];
    return slot !== undefined && (slot.kind === "kept" ? !slot.sheet.hidden : !slot.hidden);
  };
  for (const view of views ? childElements(views, "workbookView") : []) {
    for (const key of ["activeTab", "firstSheet"]) {
      const value = attribute(view, key);
      if (value === undefined) continue;
      const moved = oldPosition(Number(value));
      const next = moved !== undefined && visible(moved) ? moved : firstVisible;
      if (next !== Number(value)) setAttribute(view, key, String(next));
    }
  }
}

/** The prefix of the relationships namespace on workbook.xml's root, declared as "r" when it has none. */
function relationshipPrefix(workbook: WorkbookPart): string {
  if (workbook.relPrefix !== null) return workbook.relPrefix;
  setAttribute(workbook.doc.root, "xmlns:r", R_NAMESPACE);
  workbook.relPrefix = "r:";
  return "r:";
}
