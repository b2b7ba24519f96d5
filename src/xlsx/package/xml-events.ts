import { SaxesParser, type SaxesTagNS } from "saxes";
import { fileError, WorkbookFileError } from "../file-errors";

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
  if (open) parser.on("opentag", (tag) => open(wrap(tag)));
  if (close) parser.on("closetag", (tag) => close(wrap(tag)));
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

function wrap(tag: SaxesTagNS): XmlTag {
  const uri = tag.uri ?? "";
  return {
    local: tag.local,
    main: uri === "" || MAIN_NAMESPACES.has(uri),
    attr: (local) => {
      const a = tag.attributes[local];
      return a !== undefined && a.uri === "" ? a.value : attrByLocal(tag, local, (u) => u === "");
    },
    relAttr: (local) => attrByLocal(tag, local, (u) => RELATIONSHIP_NAMESPACES.has(u)),
  };
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
