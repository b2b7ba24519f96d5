import { quoteSheetName } from "./sheet-xml";
import { childElements, element, firstChild, localName, parseXml, sameNamespace, serializeXml, setAttribute, type XmlElement } from "./xml-tree";

/**
 * docProps/app.xml's list of the workbook's contents (File ▸ Info ▸ Properties ▸ Contents in Excel):
 * HeadingPairs holds groups as (heading, count) pairs, "Worksheets" 3, "Named Ranges" 2…, with headings
 * in the language of the Excel that saved the file; TitlesOfParts holds the titles of every group, in
 * the same order. Excel rewrites it on every save; until then the copy should list the sheets it has.
 * The groups are recognised by what they hold, never by their heading: the worksheet group is the one
 * listing exactly the input's worksheets, in tab order; the named-range group the one whose titles are
 * all print titles or print areas ("'Xếp hạng'!Print_Titles"). A list that does not add up (a stale or
 * hand-written part) is left as it was, as are writers' parts without the list (openpyxl, LibreOffice).
 */
export interface SheetListChange {
  /** The input's worksheets in tab order (chart sheets are a group of their own, never changed here). */
  before: readonly string[];
  /** The copy's worksheets in tab order. */
  after: readonly string[];
  /** Sheets written with print titles: each gets its "'Name'!Print_Titles" range in the named-range group. */
  printTitled: readonly string[];
}

interface Group {
  heading: XmlElement;
  count: XmlElement;
  titles: XmlElement[];
}

/** The part's new text, or null when it needs no change or cannot be changed safely. */
export function updateSheetList(xml: string, label: string, part: string, change: SheetListChange): string | null {
  const doc = parseXml(xml, label, part);
  const pairs = vectorOf(doc.root, "HeadingPairs");
  const titles = vectorOf(doc.root, "TitlesOfParts");
  if (pairs === undefined || titles === undefined) return null;
  const groups = groupsOf(pairs, childElements(titles));
  if (groups === null) return null;
  const sheets = groups.find((g) => sameList(g.titles.map(textOf), change.before));
  if (sheets === undefined) return null;
  const title = (text: string) => element(sheets.titles[0]?.name ?? sameNamespace(titles, "lpstr"), {}, [{ kind: "text", text }]);
  sheets.titles = change.after.map(title);

  const ranges = groups.find((g) => g !== sheets && g.titles.length > 0 && g.titles.every((t) => /!Print_(Titles|Area)$/.test(textOf(t))));
  const gone = new Set(change.before.filter((name) => !change.after.includes(name)));
  const wanted = change.printTitled.map((name) => `${quoteSheetName(name)}!Print_Titles`);
  if (ranges !== undefined) {
    const kept = ranges.titles.filter((t) => !gone.has(rangeOf(textOf(t)).sheet));
    const present = new Set(kept.map((t) => rangeKey(textOf(t))));
    ranges.titles = [...kept, ...wanted.filter((w) => !present.has(rangeKey(w))).map(title)];
  } else if (wanted.length > 0) {
    // Excel's own heading for the group, as an English Excel writes it.
    const variant = (child: XmlElement) => element(sameNamespace(pairs, "variant"), {}, [child]);
    const heading = variant(element(sameNamespace(pairs, "lpstr"), {}, [{ kind: "text", text: "Named Ranges" }]));
    const count = variant(element(sameNamespace(pairs, "i4"), {}, [{ kind: "text", text: "0" }]));
    groups.push({ heading, count, titles: wanted.map(title) });
  }

  for (const g of groups) (childElements(g.count)[0] ?? g.count).children = [{ kind: "text", text: String(g.titles.length) }];
  pairs.children = groups.flatMap((g) => [g.heading, g.count]);
  setAttribute(pairs, "size", String(pairs.children.length));
  titles.children = groups.flatMap((g) => g.titles);
  setAttribute(titles, "size", String(titles.children.length));
  const next = serializeXml(doc);
  return next === serializeXml(parseXml(xml, label, part)) ? null : next;
}

/** The vt:vector inside HeadingPairs or TitlesOfParts. */
function vectorOf(root: XmlElement, local: string): XmlElement | undefined {
  const holder = firstChild(root, local);
  return holder === undefined ? undefined : firstChild(holder, "vector");
}

/** (heading, count) pairs with their titles; null when the counts do not add up to the titles. */
function groupsOf(pairs: XmlElement, titles: XmlElement[]): Group[] | null {
  const variants = childElements(pairs, "variant");
  if (variants.length % 2 !== 0) return null;
  const groups: Group[] = [];
  let at = 0;
  for (let i = 0; i < variants.length; i += 2) {
    const value = childElements(variants[i + 1])[0];
    const count = value !== undefined && /^(i4|int|ui4)$/.test(localName(value.name)) ? Number(textOf(value)) : NaN;
    if (!Number.isInteger(count) || count < 0 || at + count > titles.length) return null;
    groups.push({ heading: variants[i], count: variants[i + 1], titles: titles.slice(at, at + count) });
    at += count;
  }
  return at === titles.length ? groups : null;
}

/** "'Xếp hạng'!Print_Titles" or "Sheet1!Print_Area" (Excel quotes only names that need it): the sheet unquoted, and the name. */
function rangeOf(title: string): { sheet: string; name: string } {
  const bang = title.lastIndexOf("!");
  const sheet = title.slice(0, bang);
  const quoted = sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'");
  return { sheet: quoted ? sheet.slice(1, -1).replace(/''/g, "'") : sheet, name: title.slice(bang + 1) };
}

function rangeKey(title: string): string {
  const { sheet, name } = rangeOf(title);
  return `${sheet}\u0000${name}`;
}

function textOf(el: XmlElement): string {
  return el.children.map((c) => (c.kind === "text" || c.kind === "cdata" ? c.text : c.kind === "element" ? textOf(c) : "")).join("");
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
