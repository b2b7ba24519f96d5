import { isRelationshipNamespace, XmlStream, type XmlHandlers, type XmlTag } from "./xml-events";

/**
 * A fast way through the one big element of a part (a worksheet's <sheetData>, the shared strings'
 * <sst>), giving the handlers exactly the events readXml would give them, or answering false when it is
 * not sure it can: the caller then reads the part again with readXml, with fresh handlers (readXml's
 * errors are the ones the officer sees).
 *
 * Why: saxes reads a character at a time through a state machine, and a fresh worker runs that cold:
 * two thirds of reading a 300 × 20 bloc. Inside the big element the XML that writers produce is plain
 * (unprefixed elements, quoted attributes, text with the five entities and character references), which
 * a small scanner reads with indexOf and a few native regular expressions. What comes before and after
 * the element (declarations, namespaces, <mergeCells>…) is still read by saxes, which also checks that
 * the element is the SpreadsheetML one and that the part is well-formed around it.
 *
 * Not sure (false): no such element, a comment, CDATA, processing instruction or DOCTYPE before it or in
 * it, a prefixed element or namespace declaration in it, an entity other than the five and character
 * references, an attribute value with "&", "<" or whitespace that XML would normalise, characters XML
 * forbids or that need care (control characters, carriage returns, surrogates), "]]>" in text, names
 * beyond ASCII, mismatched tags, a handler's own error, saxes's error anywhere.
 */
export function readXmlRegion(text: string, region: string, handlers: XmlHandlers): boolean {
  try {
    const start = regionStart(text, region);
    if (start < 0) return false;
    const stream = new XmlStream(handlers);
    stream.write(text.slice(0, start));
    if (stream.failure !== null || stream.lastOpened !== region || !stream.view.main) return false;
    const end = new RegionScanner(text, start, region, handlers, (name) => stream.view.uriOf(name)).scan();
    if (end < 0) return false;
    stream.write(text.slice(end));
    stream.close();
    return stream.failure === null;
  } catch {
    return false;
  }
}

/**
 * Where the content of the first `<region …>` start tag begins (just after its ">"), or -1 when there is no
 * such tag, it is empty (<region/>), or anything before it could hide it or change how it reads.
 */
function regionStart(text: string, region: string): number {
  const open = new RegExp(`<${region}[\\s>/]`).exec(text);
  if (open === null) return -1;
  const before = text.slice(0, open.index);
  // "<" only starts markup outside comments, CDATA, PIs and DOCTYPEs: with none of them, this is the tag.
  if (before.includes("<!") || before.indexOf("<?", 1) >= 0) return -1;
  // The end of the start tag: a ">" outside the attributes' quotes.
  let quote = "";
  for (let i = open.index + region.length + 1; i < text.length; i++) {
    const ch = text[i];
    if (quote !== "") {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return text[i - 1] === "/" ? -1 : i + 1;
  }
  return -1;
}

/** Characters XML text may hold as they are, without "&" (read apart), "\r" (normalised) and surrogates; "]]>" is refused in text. */
const PLAIN_TEXT = /^[\t\n\u0020-\u0025\u0027-\uD7FF\uE000-\uFFFD]*$/;
/** The same for an attribute value, without "<" and the whitespace XML turns into spaces. */
const PLAIN_VALUE = /^[\u0020-\u0025\u0027-\u003B\u003D-\uD7FF\uE000-\uFFFD]*$/;
const ENTITIES = new Map([["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", '"'], ["apos", "'"]]);
const CHARACTER_REFERENCE = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/;

class NotSure extends Error {}

function notSure(): never {
  throw new NotSure();
}

/** One element's attributes as written, in arrays kept per depth (a sheet's cells reuse them). */
class RegionTag implements XmlTag {
  local = "";
  readonly main = true;
  names: string[] = [];
  values: string[] = [];
  count = 0;

  constructor(private readonly uriOf: (name: string) => string) {}

  attr(local: string): string | undefined {
    if (local === "xmlns") return undefined;
    for (let i = 0; i < this.count; i++) if (this.names[i] === local) return this.values[i];
    return undefined;
  }

  relAttr(local: string): string | undefined {
    for (let i = 0; i < this.count; i++) {
      const name = this.names[i];
      const colon = name.indexOf(":");
      if (colon > 0 && name.slice(colon + 1) === local && isRelationshipNamespace(this.uriOf(name))) return this.values[i];
    }
    return undefined;
  }
}

/**
 * Reads the element's content from `from`, calling the handlers, and returns where its end tag starts;
 * -1 when not sure. Elements are unprefixed and declare no namespace (else not sure), so they are all in
 * the region's namespace, which saxes found to be SpreadsheetML's (`main`).
 */
class RegionScanner {
  private readonly tags: RegionTag[] = [];
  private depth = 0;
  private readonly checked = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly from: number,
    private readonly region: string,
    private readonly handlers: XmlHandlers,
    private readonly uriOf: (name: string) => string,
  ) {}

  scan(): number {
    try {
      return this.content();
    } catch (error) {
      if (error instanceof NotSure) return -1;
      throw error;
    }
  }

  private content(): number {
    const { text, handlers } = this;
    let i = this.from;
    for (;;) {
      const lt = text.indexOf("<", i);
      if (lt < 0) notSure();
      if (lt > i && handlers.text) handlers.text(this.charData(i, lt));
      else if (lt > i) this.charData(i, lt);
      const next = text.charCodeAt(lt + 1);
      if (next === SLASH) {
        const end = this.endTag(lt);
        if (end < 0) return lt;
        i = end;
      } else i = this.startTag(lt);
    }
  }

  /** Text between tags, entities resolved. */
  private charData(from: number, to: number): string {
    const raw = this.text.slice(from, to);
    if (PLAIN_TEXT.test(raw)) {
      if (raw.includes("]]>")) notSure();
      return raw;
    }
    let out = "";
    let at = 0;
    for (;;) {
      const amp = raw.indexOf("&", at);
      const plain = raw.slice(at, amp < 0 ? raw.length : amp);
      if (!PLAIN_TEXT.test(plain) || plain.includes("]]>")) notSure();
      out += plain;
      if (amp < 0) return out;
      const semi = raw.indexOf(";", amp);
      if (semi < 0) notSure();
      out += entity(raw.slice(amp + 1, semi));
      at = semi + 1;
    }
  }

  /** `</name>` at `lt`: closes the innermost element, or the region (returns -1); the index after it. */
  private endTag(lt: number): number {
    const { text } = this;
    // Only the innermost element's name can follow (else the tags are mismatched): compared where it
    // stands, no name cut out of the text for each of a sheet's hundred thousand end tags.
    const name = this.depth === 0 ? this.region : this.tags[this.depth - 1].local;
    let i = lt + 2 + name.length;
    if (!text.startsWith(name, lt + 2)) notSure();
    while (isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== GREATER) notSure();
    if (this.depth === 0) return -1;
    const tag = this.tags[--this.depth];
    this.handlers.close?.(tag);
    return i + 1;
  }

  /** `<name attributes>` or `<name attributes/>` at `lt`; the index after it. */
  private startTag(lt: number): number {
    const { text } = this;
    const tag = (this.tags[this.depth] ??= new RegionTag(this.uriOf));
    // Most tags repeat the name last read at their depth (<c> after <c>): kept rather than cut out again.
    let i = lt + 1 + tag.local.length;
    if (tag.local === "" || !text.startsWith(tag.local, lt + 1) || !endsName(text.charCodeAt(i))) {
      i = nameEndAt(text, lt + 1, false);
      tag.local = text.slice(lt + 1, i);
    }
    tag.count = 0;
    for (;;) {
      const spaced = isSpace(text.charCodeAt(i));
      while (isSpace(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i);
      if (c === GREATER || (c === SLASH && text.charCodeAt(i + 1) === GREATER)) {
        this.depth++;
        this.handlers.open?.(tag);
        if (c === GREATER) return i + 1;
        this.depth--;
        this.handlers.close?.(tag);
        return i + 2;
      }
      // Attributes are apart from the name and from each other (saxes refuses them glued).
      if (!spaced) notSure();
      i = this.attribute(tag, i);
    }
  }

  /** One `name="value"` at `from` into `tag`; the index after it. */
  private attribute(tag: RegionTag, from: number): number {
    const { text } = this;
    // The same attribute in the same place as in this depth's last tag (r, then s, then t) is kept, as names are (startTag).
    const known = tag.count < tag.names.length ? tag.names[tag.count] : "";
    let name = known;
    let i = from + known.length;
    if (known === "" || !text.startsWith(known, from) || !(isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === EQUALS)) {
      i = nameEndAt(text, from, true);
      name = text.slice(from, i);
      if (name === "xmlns" || name.startsWith("xmlns:")) notSure();
      if (name.includes(":") && !this.checked.has(name)) {
        // A prefixed attribute's prefix must be bound (readXml's TagView refuses it otherwise).
        this.uriOf(name);
        this.checked.add(name);
      }
    }
    for (let k = 0; k < tag.count; k++) if (tag.names[k] === name) notSure();
    while (isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== EQUALS) notSure();
    i++;
    while (isSpace(text.charCodeAt(i))) i++;
    const quote = text[i];
    if (quote !== '"' && quote !== "'") notSure();
    const close = text.indexOf(quote, i + 1);
    if (close < 0) notSure();
    const value = text.slice(i + 1, close);
    if (!PLAIN_VALUE.test(value)) notSure();
    tag.names[tag.count] = name;
    tag.values[tag.count] = value;
    tag.count++;
    return close + 1;
  }
}

const SLASH = 0x2f;
const GREATER = 0x3e;
const EQUALS = 0x3d;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09;
}

/** What may follow a name in a start tag: a space, ">" or "/>". */
function endsName(c: number): boolean {
  return isSpace(c) || c === GREATER || c === SLASH;
}

/**
 * The end of an ASCII XML name starting at `from` (letters, "_", then also digits, "." and "-"; ":" only in
 * attribute names); not sure of an empty name or one going on with any other name character.
 */
function nameEndAt(text: string, from: number, colon: boolean): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
    const other = i > from && ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d || (colon && c === 0x3a));
    if (!letter && !other) break;
    i++;
  }
  const c = text.charCodeAt(i);
  // Where a name ends: a space, ">", "/>", "=" (attributes); anything else (":" of an element, a letter beyond ASCII) is not for this scanner.
  if (i === from || !(isSpace(c) || c === GREATER || c === SLASH || (colon && c === EQUALS))) notSure();
  return i;
}

/** The text of `&name;` (name given without & and ;): the five entities and character references XML allows. */
function entity(name: string): string {
  const named = ENTITIES.get(name);
  if (named !== undefined) return named;
  const reference = CHARACTER_REFERENCE.exec(name);
  if (reference === null) notSure();
  // saxes reads "&#x…;" with a lowercase x only.
  if (reference[1] !== undefined && name[1] !== "x") notSure();
  const code = reference[1] !== undefined ? parseInt(reference[1], 16) : parseInt(reference[2], 10);
  const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  if (!allowed) notSure();
  return String.fromCodePoint(code);
}
