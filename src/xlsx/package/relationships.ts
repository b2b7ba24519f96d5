import { resolveTarget } from "./part-names";
import { attribute, childElements, element, insertAfterLast, parseXml, removeChild, sameNamespace, serializeXml, type XmlDocument, type XmlElement } from "./xml-tree";

export const RELS_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Relationship types the writer creates (transitional namespace, as Excel writes). */
export const REL_TYPES = {
  worksheet: `${OFFICE}/worksheet`,
  styles: `${OFFICE}/styles`,
  table: `${OFFICE}/table`,
  drawing: `${OFFICE}/drawing`,
  image: `${OFFICE}/image`,
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** As written. */
  target: string;
  /** Zip entry name the target resolves to; null for an external target (a link, a file elsewhere). */
  part: string | null;
}

/** True when the type ends in `/${name}`, whatever its namespace (transitional, strict, Microsoft's). */
export function isRelType(type: string, name: string): boolean {
  return type.toLowerCase().endsWith(`/${name.toLowerCase()}`);
}

/** The relationships of one part, editable, written back by serialising (unknown content kept). */
export class RelationshipsPart {
  private constructor(
    private readonly source: string,
    private readonly doc: XmlDocument,
  ) {}

  /** `source` is the part the relationships belong to ("" for the package); `xml` null when it has none yet. */
  static parse(source: string, xml: string | null, label: string, relsPath: string): RelationshipsPart {
    const doc = xml === null ? { prolog: [], root: element("Relationships", { xmlns: RELS_NAMESPACE }) } : parseXml(xml, label, relsPath);
    return new RelationshipsPart(source, doc);
  }

  list(): Relationship[] {
    return childElements(this.doc.root, "Relationship").map((el) => this.relationshipOf(el));
  }

  byId(id: string): Relationship | undefined {
    return this.list().find((r) => r.id === id);
  }

  /** Adds a relationship to `part` (given as a zip entry name) and returns its new id. */
  add(type: string, target: string): string {
    const ids = new Set(this.list().map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    insertAfterLast(this.doc.root, element(sameNamespace(this.doc.root, "Relationship"), { Id: id, Type: type, Target: target }), ["Relationship"]);
    return id;
  }

  remove(id: string): void {
    const el = childElements(this.doc.root, "Relationship").find((r) => attribute(r, "Id") === id);
    if (el) removeChild(this.doc.root, el);
  }

  isEmpty(): boolean {
    return childElements(this.doc.root, "Relationship").length === 0;
  }

  serialize(): string {
    return serializeXml(this.doc);
  }

  private relationshipOf(el: XmlElement): Relationship {
    const target = attribute(el, "Target") ?? "";
    const external = attribute(el, "TargetMode") === "External";
    return { id: attribute(el, "Id") ?? "", type: attribute(el, "Type") ?? "", target, part: external ? null : resolveTarget(this.source, target) };
  }
}
