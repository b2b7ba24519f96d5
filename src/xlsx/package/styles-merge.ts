import type { CellFont } from "../../workbook/rendering/output-types";
import { normaliseStyle, styleKey, type CellStyle } from "./cell-style";
import { attribute, childElements, element, firstChild, insertAfterLast, localName, parseXml, sameNamespace, serializeXml, setAttribute, type XmlDocument, type XmlElement } from "./xml-tree";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const BORDER_COLOR = "FF808080";
/** The lowest id a workbook-defined number format may take (0–163 are Excel's built-in ones). */
const FIRST_CUSTOM_FORMAT = 164;

/** Built-in number formats by code: they need no numFmt element. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "0.00E+00": 11, "mm-dd-yy": 14, "@": 49 };

/** styleSheet children in schema order (CT_Stylesheet): new collections go where Excel expects them. */
const STYLESHEET_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/**
 * The workbook's styles with the formats of the program's sheets appended: fonts, fills, borders and
 * number formats are added after the existing ones and cell formats (xf) after the existing cellXfs, so
 * every index the officer's cells use stays what it was. One xf per distinct CellStyle (a style registry).
 */
export class StylesPart {
  private readonly xfs = new Map<string, number>();
  /** The same style object asked for again (the sheet layout shares them) skips the key. */
  private readonly byObject = new WeakMap<CellStyle, number>();
  private readonly fonts = new Map<string, number>();
  private readonly borders = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private readonly formats = new Map<string, number>();
  private nextFormatId: number;
  private changed = false;

  private constructor(private readonly doc: XmlDocument) {
    const root = doc.root;
    const numFmts = firstChild(root, "numFmts");
    const ids = numFmts ? childElements(numFmts, "numFmt").map((f) => Number(attribute(f, "numFmtId"))) : [];
    for (const f of numFmts ? childElements(numFmts, "numFmt") : []) {
      const code = attribute(f, "formatCode");
      const id = Number(attribute(f, "numFmtId"));
      if (code !== undefined && Number.isInteger(id) && !this.formats.has(code)) this.formats.set(code, id);
    }
    this.nextFormatId = Math.max(FIRST_CUSTOM_FORMAT - 1, ...ids.filter(Number.isFinite)) + 1;
  }

  /** `xml` null: the package has no styles part; a minimal one (Excel's defaults) is made. */
  static parse(xml: string | null, label: string, part: string): StylesPart {
    return new StylesPart(xml === null ? minimalStyles() : parseXml(xml, label, part));
  }

  /** True once a format was added: the part must be written. */
  get modified(): boolean {
    return this.changed;
  }

  /** The cellXfs index of a style (0, the Normal format, for a cell with no style of its own). */
  xf(style: CellStyle): number {
    const seen = this.byObject.get(style);
    if (seen !== undefined) return seen;
    const index = this.xfOf(style);
    this.byObject.set(style, index);
    return index;
  }

  private xfOf(style: CellStyle): number {
    const normal = normaliseStyle(style);
    if (Object.keys(normal).length === 0) return 0;
    const key = styleKey(normal);
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const numFmtId = normal.numFmt === undefined ? 0 : this.formatId(normal.numFmt);
    const fontId = normal.font ? this.fontId(normal.font) : 0;
    const fillId = normal.fill ? this.fillId(normal.fill) : 0;
    const borderId = normal.border ? this.borderId() : 0;
    const xf = this.collection("cellXfs");
    const attrs: Record<string, string | number | undefined> = { numFmtId, fontId, fillId, borderId, xfId: 0 };
    if (normal.numFmt !== undefined) attrs.applyNumberFormat = 1;
    if (normal.font) attrs.applyFont = 1;
    if (normal.fill) attrs.applyFill = 1;
    if (normal.border) attrs.applyBorder = 1;
    if (normal.alignment) attrs.applyAlignment = 1;
    const children = normal.alignment ? [element(sameNamespace(xf, "alignment"), { horizontal: normal.alignment.horizontal, vertical: normal.alignment.vertical, wrapText: normal.alignment.wrapText ? 1 : undefined })] : [];
    const index = this.append(xf, element(sameNamespace(xf, "xf"), attrs, children));
    this.xfs.set(key, index);
    return index;
  }

  serialize(): string {
    return serializeXml(this.doc);
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    const numFmts = this.collection("numFmts");
    this.append(numFmts, element(sameNamespace(numFmts, "numFmt"), { numFmtId: id, formatCode: code }));
    this.formats.set(code, id);
    return id;
  }

  /** A font is the workbook's default font (fonts[0]) with the asked properties over it. */
  private fontId(font: CellFont): number {
    const key = JSON.stringify(font);
    const known = this.fonts.get(key);
    if (known !== undefined) return known;
    const fonts = this.collection("fonts");
    const index = this.append(fonts, fontElement(fonts, childElements(fonts, "font")[0], font));
    this.fonts.set(key, index);
    return index;
  }

  private fillId(argb: string): number {
    const known = this.fills.get(argb);
    if (known !== undefined) return known;
    const fills = this.collection("fills");
    const n = (local: string) => sameNamespace(fills, local);
    const pattern = element(n("patternFill"), { patternType: "solid" }, [element(n("fgColor"), { rgb: argb }), element(n("bgColor"), { indexed: 64 })]);
    const index = this.append(fills, element(n("fill"), {}, [pattern]));
    this.fills.set(argb, index);
    return index;
  }

  private borderId(): number {
    const known = this.borders.get("thin");
    if (known !== undefined) return known;
    const borders = this.collection("borders");
    const n = (local: string) => sameNamespace(borders, local);
    const side = (local: string) => element(n(local), { style: "thin" }, [element(n("color"), { rgb: BORDER_COLOR })]);
    const index = this.append(borders, element(n("border"), {}, [side("left"), side("right"), side("top"), side("bottom"), element(n("diagonal"))]));
    this.borders.set("thin", index);
    return index;
  }

  /** The styleSheet's collection element, created in schema order when the part has none. */
  private collection(local: string): XmlElement {
    const root = this.doc.root;
    const found = firstChild(root, local);
    if (found) return found;
    const created = element(sameNamespace(root, local), { count: 0 });
    insertAfterLast(root, created, STYLESHEET_ORDER.slice(0, STYLESHEET_ORDER.indexOf(local)));
    return created;
  }

  /** Appends after the existing items (never between them) and returns the new item's index. */
  private append(collection: XmlElement, item: XmlElement): number {
    const items = childElements(collection).filter((c) => localName(c.name) !== "extLst");
    const index = items.length;
    insertAfterLast(collection, item, items.map((c) => localName(c.name)));
    setAttribute(collection, "count", String(index + 1));
    this.changed = true;
    return index;
  }
}

/** CT_Font's children in the order Excel writes them. */
const FONT_ORDER = ["b", "i", "strike", "condense", "extend", "outline", "shadow", "u", "vertAlign", "sz", "color", "name", "family", "charset", "scheme"];

function fontElement(fonts: XmlElement, base: XmlElement | undefined, font: CellFont): XmlElement {
  const n = (local: string) => sameNamespace(fonts, local);
  const parts = new Map<string, XmlElement>();
  for (const child of base ? childElements(base) : []) parts.set(localName(child.name), { ...child, name: n(localName(child.name)) });
  const flag = (local: string, on: boolean | undefined) => {
    if (on === true) parts.set(local, element(n(local)));
    else if (on === false) parts.delete(local);
  };
  flag("b", font.bold);
  flag("i", font.italic);
  if (font.underline === true) parts.set("u", element(n("u")));
  else if (font.underline === false) parts.delete("u");
  if (font.size !== undefined) parts.set("sz", element(n("sz"), { val: font.size }));
  if (font.name !== undefined) {
    parts.set("name", element(n("name"), { val: font.name }));
    // A theme scheme would make Excel show the theme's font instead of the name; family and charset belong to the old name.
    parts.delete("scheme");
    parts.delete("family");
    parts.delete("charset");
  }
  const children = [...parts].sort(([a], [b]) => order(a) - order(b)).map(([, el]) => el);
  return element(n("font"), {}, children);
}

function order(local: string): number {
  const at = FONT_ORDER.indexOf(local);
  return at < 0 ? FONT_ORDER.length : at;
}

function minimalStyles(): XmlDocument {
  const font = element("font", {}, [element("sz", { val: 11 }), element("name", { val: "Calibri" }), element("family", { val: 2 })]);
  const fill = (pattern: string) => element("fill", {}, [element("patternFill", { patternType: pattern })]);
  const border = element("border", {}, ["left", "right", "top", "bottom", "diagonal"].map((side) => element(side)));
  const xf = (extra: Record<string, number>) => element("xf", { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, ...extra });
  const root = element("styleSheet", { xmlns: MAIN }, [
    element("fonts", { count: 1 }, [font]),
    element("fills", { count: 2 }, [fill("none"), fill("gray125")]),
    element("borders", { count: 1 }, [border]),
    element("cellStyleXfs", { count: 1 }, [xf({})]),
    element("cellXfs", { count: 1 }, [xf({ xfId: 0 })]),
    element("cellStyles", { count: 1 }, [element("cellStyle", { name: "Normal", xfId: 0, builtinId: 0 })]),
  ]);
  return { prolog: [], root };
}
