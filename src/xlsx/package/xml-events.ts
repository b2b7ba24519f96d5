import { SaxesParser, type SaxesTag } from "saxes";
import { fileError, WorkbookFileError } from "../file-errors";
import { localName } from "./xml-tree";

/**
 * Streaming, namespace-aware reading of one package part with saxes (a conforming XML parser: entities,
 * CDATA, character references, encodings declared or not). Elements are told apart by local name AND
 * namespace URI, never by their prefix: Excel writes the spreadsheet namespace as the default one, some
 * writers bind it to "x:" or another prefix, and extension elements of other namespaces reuse local
 * names ("f" of x14/xm inside extLst is no cell formula).
 */

/** SpreadsheetML, transitional (what Excel, LibreOffice, openpyxl… write) and strict (ISO 29500 Strict). */
const MAIN_NAMESPACES = new Set(["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"]);
/** Office document relationships (the r: prefix of r:id), transitional and strict. */
const RELATIONSHIP_NAMESPACES = new Set(["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"]);

/** A tag as a handler sees it: valid during the handler's call only (readXml reuses one view). */
export interface XmlTag {
  local: string;
  /** True for SpreadsheetML elements; also for elements in no namespace at all (hand-made files omit xmlns). */
  main: boolean;
  /** An unprefixed attribute (attributes without prefix have no namespace). */
  attr(local: string): string | undefined;
  /** An attribute in the office relationships namespace (r:id whatever its prefix). */
  relAttr(local: string): string | undefined;
}

export interface XmlHandlers {
  open?(tag: XmlTag): void;
  close?(tag: XmlTag): void;
  text?(text: string): void;
}

/**
 * Reads `text` (the part `part` of the file `label`); malformed XML is a damaged file naming the part.
 *
 * saxes runs without its own namespace processing, which builds an object per attribute, a set per tag
 * and a string per prefixed name (a third of reading a 300 × 20 bloc's sheets in a fresh worker): the
 * scopes are tracked here (NamespaceScopes), and a name with an unbound or malformed prefix fails as saxes
 * would fail it.
 */
export function readXml(text: string, label: string, part: string, handlers: XmlHandlers): void {
  const stream = new XmlStream(handlers);
  stream.write(text);
  stream.close();
  if (stream.failure !== null) {
    // A handler's own WorkbookFileError (a part it needed is missing) is passed on as it is.
    if (stream.failure instanceof WorkbookFileError) throw stream.failure;
    throw fileError("damaged", label, part);
  }
}

/**
 * readXml's parser, fed in chunks: readXml gives it the whole part; xml-region.ts the part around the big
 * element it reads itself (the chunk ending at that element's start tag, then the rest from its end tag).
 * The first error (saxes's or a handler's) is kept in `failure`.
 */
export class XmlStream {
  failure: unknown = null;
  /** The name of the last element opened, as written (prefix included). */
  lastOpened = "";
  // One view for every tag: a handler reads the tag during its call and keeps nothing of it (hundreds of
  // thousands of cells would otherwise each cost an object and two closures).
  readonly view = new TagView();
  private readonly parser = new SaxesParser({ position: false });
  private thrown = false;

  constructor(handlers: XmlHandlers) {
    const { parser, view } = this;
    parser.on("error", (error) => {
      this.failure ??= error;
    });
    const { open, close, text: onText } = handlers;
    parser.on("opentag", (tag) => {
      this.lastOpened = tag.name;
      view.open(tag);
      open?.(view);
    });
    parser.on("closetag", (tag) => {
      view.close(tag);
      close?.(view);
    });
    if (onText) {
      parser.on("text", onText);
      parser.on("cdata", onText);
    }
  }

  write(chunk: string): void {
    this.guarded(() => this.parser.write(chunk));
  }

  close(): void {
    this.guarded(() => this.parser.close());
  }

  /** After a thrown error (a handler's, or saxes's own) the parser is left alone, as its state is unknown. */
  private guarded(step: () => void): void {
    if (this.thrown) return;
    try {
      step();
    } catch (error) {
      this.thrown = true;
      this.failure ??= error;
    }
  }
}

/** Whether `uri` is the office relationships namespace (transitional or strict). */
export function isRelationshipNamespace(uri: string | undefined): boolean {
  return RELATIONSHIP_NAMESPACES.has(uri ?? "");
}

const [MAIN_TRANSITIONAL, MAIN_STRICT] = MAIN_NAMESPACES;
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

/** Prefix → namespace URI in scope ("" the default namespace); an element's own declarations chain to its parent's. */
type Scope = Record<string, string>;

/**
 * `local` and `main` are worked out once per tag: a sheet's cells ask for them several times each. The
 * namespace scopes are kept here: one scope per element declaring xmlns attributes (usually the root
 * only), the enclosing one otherwise.
 */
export class TagView implements XmlTag {
  private attributes: Record<string, string> = {};
  private scope: Scope = Object.assign(Object.create(null) as Scope, { xml: XML_NAMESPACE });
  private readonly outer: Scope[] = [];
  local = "";
  main = false;

  open(tag: SaxesTag): void {
    const attributes = tag.attributes as Record<string, string>;
    let scope = this.scope;
    let prefixed = false;
    for (const key in attributes) {
      if (key === "xmlns" || key.startsWith("xmlns:")) {
        if (scope === this.scope) scope = Object.create(this.scope) as Scope;
        scope[key === "xmlns" ? "" : key.slice(6)] = attributes[key];
      } else if (key.includes(":")) prefixed = true;
    }
    this.outer.push(this.scope);
    this.scope = scope;
    // An attribute's prefix must be bound too (saxes's namespace processing refused such a tag).
    if (prefixed) for (const key in attributes) if (key.includes(":") && !key.startsWith("xmlns:")) this.uriOf(key);
    this.name(tag.name, attributes);
  }

  /** After its handler: the element's own declarations leave scope with it. */
  close(tag: SaxesTag): void {
    this.name(tag.name, tag.attributes as Record<string, string>);
    this.scope = this.outer.pop() ?? this.scope;
  }

  attr(local: string): string | undefined {
    // Attributes are keyed by their name as written: an unprefixed one is in no namespace (xmlns is a declaration).
    return local === "xmlns" ? undefined : this.attributes[local];
  }

  relAttr(local: string): string | undefined {
    for (const key in this.attributes) {
      const colon = key.indexOf(":");
      if (colon > 0 && key.slice(colon + 1) === local && isRelationshipNamespace(this.scope[key.slice(0, colon)])) return this.attributes[key];
    }
    return undefined;
  }

  private name(name: string, attributes: Record<string, string>): void {
    this.attributes = attributes;
    const colon = name.indexOf(":");
    this.local = colon < 0 ? name : name.slice(colon + 1);
    const uri = colon < 0 ? this.scope[""] : this.uriOf(name);
    this.main = uri === undefined || uri === "" || uri === MAIN_TRANSITIONAL || uri === MAIN_STRICT;
  }

  /** The namespace of a prefixed name in the current scope; an unbound or malformed prefix makes the part damaged. */
  uriOf(name: string): string {
    const colon = name.indexOf(":");
    const prefix = name.slice(0, colon);
    const uri = prefix === "xmlns" ? undefined : this.scope[prefix];
    if (uri === undefined || uri === "" || colon === 0 || colon === name.length - 1 || name.includes(":", colon + 1)) throw new Error(`unbound or malformed name: ${name}`);
    return uri;
  }
}

/** "1", "true" and "on" are true for xsd:boolean attributes as writers spell them. */
export function xmlTrue(value: string | undefined): boolean {
  return value === "1" || value === "true" || value === "on";
}

/** Handlers of scanXml, given local names and attributes as written; returning true from one stops the reading there. */
export interface ScanHandlers {
  open?(local: string, attributes: Record<string, string>): boolean | void;
  text?(text: string): void;
  close?(local: string): boolean | void;
}

const STOP = new Error("stop");

/**
 * Reads `xml` only as far as a handler asks, for a fact near the start of a part that may be big (a
 * table's name, a sheet's first cell, one shared string, whether the calculation chain names a sheet):
 * "stopped" where a handler returned true, "ended" at the end of the part, "broken" when it stops being
 * well-formed XML first. No namespace processing: elements by local name.
 */
export function scanXml(xml: string, handlers: ScanHandlers): "stopped" | "ended" | "broken" {
  const parser = new SaxesParser({ position: false });
  const { open, text, close } = handlers;
  if (open) parser.on("opentag", (tag) => void (open(localName(tag.name), tag.attributes as Record<string, string>) && stop()));
  if (text) parser.on("text", text);
  if (close) parser.on("closetag", (tag) => void (close(localName(tag.name)) && stop()));
  try {
    parser.write(xml).close();
  } catch (error) {
    return error === STOP ? "stopped" : "broken";
  }
  return "ended";
}

function stop(): never {
  throw STOP;
}
