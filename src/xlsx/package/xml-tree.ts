import { SaxesParser } from "saxes";
import { fileError } from "../file-errors";

/**
 * A small document tree for the few package parts the writer edits (workbook, relationships, content
 * types, styles), parsed with saxes and written back by serialising it. Everything the officer's writer
 * put there (unknown elements, extensions, comments, namespace prefixes, attribute order, white space)
 * survives the round trip; only the nodes the writer changes differ. Names keep their prefixes as
 * written (no namespace resolution): the parts are read by local name, as every real reader does.
 */
export interface XmlElement {
  kind: "element";
  /** Qualified name as written ("sheet", "x:sheet", "mc:AlternateContent"). */
  name: string;
  /** In document order. */
  attributes: [string, string][];
  children: XmlNode[];
}

export type XmlNode = XmlElement | { kind: "text"; text: string } | { kind: "cdata"; text: string } | { kind: "comment"; text: string } | { kind: "pi"; target: string; body: string };

export interface XmlDocument {
  /** Comments and processing instructions before the root element (never text: XML allows only white space there). */
  prolog: XmlNode[];
  root: XmlElement;
}

/** Parses a part; a malformed one is a damaged file, named by its part. */
export function parseXml(text: string, label: string, part: string): XmlDocument {
  const parser = new SaxesParser({ position: false });
  const prolog: XmlNode[] = [];
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const append = (node: XmlNode): void => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else if (node.kind === "comment" || node.kind === "pi") prolog.push(node);
  };
  let failure: Error | null = null;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("opentag", (tag) => {
    const element: XmlElement = { kind: "element", name: tag.name, attributes: Object.entries(tag.attributes as Record<string, string>), children: [] };
    append(element);
    if (stack.length === 0) root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", (t) => append({ kind: "text", text: t }));
  parser.on("cdata", (t) => append({ kind: "cdata", text: t }));
  parser.on("comment", (t) => append({ kind: "comment", text: t }));
  parser.on("processinginstruction", (pi) => append({ kind: "pi", target: pi.target, body: pi.body }));
  try {
    parser.write(text).close();
  } catch (error) {
    failure ??= error as Error;
  }
  if (failure !== null || root === null) throw fileError("damaged", label, part);
  return { prolog, root };
}

/** The part's text: the XML declaration Office writes, then the tree. */
export function serializeXml(doc: XmlDocument): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'];
  for (const node of doc.prolog) writeNode(node, out);
  writeNode(doc.root, out);
  return out.join("");
}

function writeNode(node: XmlNode, out: string[]): void {
  switch (node.kind) {
    case "text":
      out.push(escapeText(node.text));
      return;
    case "cdata":
      out.push(`<![CDATA[${node.text}]]>`);
      return;
    case "comment":
      out.push(`<!--${node.text}-->`);
      return;
    case "pi":
      out.push(`<?${node.target}${node.body ? " " + node.body : ""}?>`);
      return;
    case "element": {
      out.push(`<${node.name}`);
      for (const [name, value] of node.attributes) out.push(` ${name}="${escapeAttribute(value)}"`);
      if (node.children.length === 0) {
        out.push("/>");
        return;
      }
      out.push(">");
      for (const child of node.children) writeNode(child, out);
      out.push(`</${node.name}>`);
    }
  }
}

export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : "&gt;"));
}

/** Also tabs and line breaks, which a parser would otherwise normalise to spaces in an attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, (ch) => ATTRIBUTE_ESCAPES[ch]);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" };

/** "x:sheet" → "sheet". */
export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The prefix of a qualified name, with its colon ("x:"), or "" for the default namespace. */
export function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

export function childElements(parent: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of parent.children) if (child.kind === "element" && (local === undefined || localName(child.name) === local)) out.push(child);
  return out;
}

export function firstChild(parent: XmlElement, local: string): XmlElement | undefined {
  return childElements(parent, local)[0];
}

export function attribute(element: XmlElement, name: string): string | undefined {
  return element.attributes.find(([n]) => n === name)?.[1];
}

/** An attribute by local name whatever its prefix ("r:id", "relationships:id"). */
export function attributeByLocalName(element: XmlElement, local: string): string | undefined {
  return element.attributes.find(([n]) => localName(n) === local)?.[1];
}

/** Sets (in place, keeping its position) or appends an attribute. */
export function setAttribute(element: XmlElement, name: string, value: string): void {
  const at = element.attributes.findIndex(([n]) => n === name);
  if (at >= 0) element.attributes[at] = [name, value];
  else element.attributes.push([name, value]);
}

export function removeAttribute(element: XmlElement, name: string): void {
  element.attributes = element.attributes.filter(([n]) => n !== name);
}

export function element(name: string, attributes: Record<string, string | number | undefined> = {}, children: XmlNode[] = []): XmlElement {
  const list: [string, string][] = [];
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) list.push([key, String(value)]);
  return { kind: "element", name, attributes: list, children };
}

/** Removes `child` from `parent` with the white space that indented it, so pretty-printed parts stay tidy. */
export function removeChild(parent: XmlElement, child: XmlElement): void {
  const at = parent.children.indexOf(child);
  if (at < 0) return;
  const before = parent.children[at - 1];
  const dropIndent = before !== undefined && before.kind === "text" && before.text.trim() === "";
  parent.children.splice(dropIndent ? at - 1 : at, dropIndent ? 2 : 1);
}

/**
 * Inserts `child` after the last child named in `after` (local names), or first when there is none,
 * with the prefix of the parent (a part written with "x:" prefixes keeps them).
 */
export function insertAfterLast(parent: XmlElement, child: XmlElement, after: readonly string[]): void {
  let at = -1;
  parent.children.forEach((node, i) => {
    if (node.kind === "element" && after.includes(localName(node.name))) at = i;
  });
  parent.children.splice(at + 1, 0, child);
}

/** The element name with the parent's namespace prefix: new children read in the same namespace as their parent. */
export function sameNamespace(parent: XmlElement, local: string): string {
  return prefixOf(parent.name) + local;
}
