import { partKey } from "./part-names";
import { attribute, childElements, element, insertAfterLast, parseXml, removeChild, sameNamespace, serializeXml, type XmlDocument } from "./xml-tree";

export const CONTENT_TYPES_PART = "[Content_Types].xml";

const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** Content types of the parts the writer creates. */
export const CONTENT_TYPES = {
  worksheet: `${SML}.worksheet+xml`,
  styles: `${SML}.styles+xml`,
  table: `${SML}.table+xml`,
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  png: "image/png",
} as const;

/** [Content_Types].xml, editable: an Override per part the writer adds, removed with the parts it removes. */
export class ContentTypes {
  private constructor(private readonly doc: XmlDocument) {}

  static parse(xml: string, label: string): ContentTypes {
    return new ContentTypes(parseXml(xml, label, CONTENT_TYPES_PART));
  }

  /** The part's content type: its Override, else the Default of its extension. */
  typeOf(part: string): string | undefined {
    const key = partKey(part);
    const override = childElements(this.doc.root, "Override").find((o) => partKey(attribute(o, "PartName") ?? "") === key);
    if (override) return attribute(override, "ContentType");
    const extension = key.slice(key.lastIndexOf(".") + 1);
    const fallback = childElements(this.doc.root, "Default").find((d) => (attribute(d, "Extension") ?? "").toLowerCase() === extension);
    return fallback ? attribute(fallback, "ContentType") : undefined;
  }

  addOverride(part: string, type: string): void {
    this.removeOverride(part);
    insertAfterLast(this.doc.root, element(sameNamespace(this.doc.root, "Override"), { PartName: `/${part}`, ContentType: type }), ["Default", "Override"]);
  }

  removeOverride(part: string): void {
    const key = partKey(part);
    for (const o of childElements(this.doc.root, "Override")) if (partKey(attribute(o, "PartName") ?? "") === key) removeChild(this.doc.root, o);
  }

  /** A Default for an extension the package has none for yet ("png"). */
  ensureDefault(extension: string, type: string): void {
    const has = childElements(this.doc.root, "Default").some((d) => (attribute(d, "Extension") ?? "").toLowerCase() === extension.toLowerCase());
    if (!has) insertAfterLast(this.doc.root, element(sameNamespace(this.doc.root, "Default"), { Extension: extension, ContentType: type }), ["Default"]);
  }

  serialize(): string {
    return serializeXml(this.doc);
  }
}
