import type { XmlTag } from "./xml-events";

/**
 * The text of a string item as Excel shows it, for a shared string (<si>) and an inline string (<is>)
 * alike: the <t> directly inside, or the <t> of each rich-text run (<r>) joined; phonetic guides
 * (<rPh>, furigana) are not part of the cell's text and are left out.
 */
export class StringItemText {
  private depthInPhonetic = 0;
  private inText = false;
  private parts: string[] = [];

  open(tag: XmlTag): void {
    if (!tag.main) return;
    if (tag.local === "rPh") this.depthInPhonetic++;
    else if (tag.local === "t" && this.depthInPhonetic === 0) this.inText = true;
  }

  close(tag: XmlTag): void {
    if (!tag.main) return;
    if (tag.local === "rPh") this.depthInPhonetic--;
    else if (tag.local === "t") this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  /** The text collected since the last take, then starts afresh; null when the item held no <t> text. */
  take(): string | null {
    const text = this.parts.length === 0 ? null : decodeEscapes(this.parts.join(""));
    this.parts = [];
    this.inText = false;
    this.depthInPhonetic = 0;
    return text;
  }
}

/**
 * OOXML escapes characters XML cannot carry as _xHHHH_ (a carriage return is "_x000D_"), and a literal
 * "_x" sequence as "_x005F_x…". Excel shows the characters; so does the reader.
 */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
