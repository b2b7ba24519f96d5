import XmlStream from "exceljs/lib/utils/xml-stream";

/** Pieces of text joined into one UTF-8 chunk at a time: a few hundred kilobytes. */
export const PIECES_PER_CHUNK = 16384;

/**
 * The UTF-8 bytes of what `render` writes into an ExcelJS XmlStream, without ExcelJS's array of every
 * piece of the document.
 *
 * Why: ExcelJS keeps each tag, attribute and value of a part as its own string until the part is done:
 * for a 6,000-row sheet that is millions of strings, over a hundred megabytes at the command's peak for a
 * few megabytes of XML. Here the pieces are turned into bytes every PIECES_PER_CHUNK, except while ExcelJS
 * may still take some back (a rollback is pending), so the document is exactly the same.
 */
export function renderXmlBytes(render: (stream: XmlStream) => void): Buffer {
  const stream = new XmlStream();
  const parts = new ChunkedPieces(() => stream._rollbacks.length === 0);
  stream._xml = parts;
  render(stream);
  stream.closeAll();
  return parts.bytes();
}

/** Stands in for XmlStream's array of pieces: push, length, splice (rollbacks) and join behave the same. */
export class ChunkedPieces {
  private pieces: string[] = [];
  /** Pieces already turned into bytes: indices of `length` and `splice` count them. */
  private flushed = 0;
  private readonly chunks: Buffer[] = [];

  constructor(private readonly mayFlush: () => boolean) {}

  get length(): number {
    return this.flushed + this.pieces.length;
  }

  push(piece: string): number {
    this.pieces.push(piece);
    if (this.pieces.length >= PIECES_PER_CHUNK && this.mayFlush()) this.flush();
    return this.length;
  }

  /** A rollback only removes pieces written after it was set, and nothing is flushed while one is pending. */
  splice(start: number, count: number): string[] {
    if (start < this.flushed) throw new RangeError(`cannot take back text already written (${start} < ${this.flushed})`);
    return this.pieces.splice(start - this.flushed, count);
  }

  join(separator: string): string {
    if (separator !== "") throw new RangeError("ExcelJS joins its pieces with no separator");
    return this.bytes().toString("utf8");
  }

  bytes(): Buffer {
    this.flush();
    return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
  }

  private flush(): void {
    if (this.pieces.length === 0) return;
    this.chunks.push(Buffer.from(this.pieces.join(""), "utf8"));
    this.flushed += this.pieces.length;
    this.pieces = [];
  }
}
