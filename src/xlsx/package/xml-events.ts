import { SaxesParser, type SaxesTagNS } from "saxes";
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

/** Reads `text` (the part `part` of the file `label`); malformed XML is a damaged file naming the part. */
export function readXml(text: string, label: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  let failure: unknown = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  const { open, close, text: onText } = handlers;
  // One view for every tag: a handler reads the tag during its call and keeps nothing of it (hundreds of
  // thousands of cells would otherwise each cost an object and two closures).
  const view = new TagView();
  if (open) parser.on("opentag", (tag) => open(view.of(tag)));
  if (close) parser.on("closetag", (tag) => close(view.of(tag)));
  if (onText) {
    parser.on("text", onText);
    parser.on("cdata", onText);
  }
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= error;
  }
  if (failure !== null) {
    // A handler's own WorkbookFileError (a part it needed is missing) is passed on as it is.
    if (failure instanceof WorkbookFileError) throw failure;
    throw fileError("damaged", label, part);
  }
}

const [MAIN_TRANSITIONAL, MAIN_STRICT] = MAIN_NAMESPACES;

/** `local` and `main` are worked out once per tag: a sheet's cells ask for them several times each. */
class TagView implements XmlTag {
  private tag!: SaxesTagNS;
  local = "";
  main = false;

  of(tag: SaxesTagNS): this {
    this.tag = tag;
    this.local = tag.local;
    const uri = tag.uri;
    this.main = uri === undefined || uri === "" || uri === MAIN_TRANSITIONAL || uri === MAIN_STRICT;
    return this;
  }

  attr(local: string): string | undefined {
    const a = this.tag.attributes[local];
    // Attributes are keyed by their name as written: an unprefixed one is in no namespace, so an attribute
    // not found under its local name has no unprefixed spelling (a prefixed one is never in no namespace).
    if (a === undefined) return undefined;
    return a.uri === "" ? a.value : attrByLocal(this.tag, local, (u) => u === "");
  }

  relAttr(local: string): string | undefined {
    return attrByLocal(this.tag, local, (u) => RELATIONSHIP_NAMESPACES.has(u));
  }
}

function attrByLocal(tag: SaxesTagNS, local: string, uriMatches: (uri: string) => boolean): string | undefined {
  for (const key in tag.attributes) {
    const a = tag.attributes[key];
    if (a.local === local && uriMatches(a.uri)) return a.value;
  }
  return undefined;
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
