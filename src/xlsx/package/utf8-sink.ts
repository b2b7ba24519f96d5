/** Where XML text is written piece by piece: a sink keeps it as one string, or as UTF-8 bytes. */
export interface TextSink {
  push(text: string): void;
}

/** Pieces gathered before they are encoded: big enough to make each encoding call worth it, small enough to die young. */
const FLUSH_AT = 16_384;
const encoder = new TextEncoder();

/**
 * Text encoded to UTF-8 as it is written: a big part (Chi tiết điểm is several megabytes) never exists as
 * one string or as a hundred thousand pieces waiting to be joined, which the garbage collector would copy
 * again and again while the sheet is being written. The bytes are those of encoding the whole text at once.
 */
export class Utf8Sink implements TextSink {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;
  private pending = "";

  push(text: string): void {
    this.pending += text;
    if (this.pending.length >= FLUSH_AT) this.flush(false);
  }

  /** The bytes written; the sink is not written to afterwards. */
  bytes(): Uint8Array {
    this.flush(true);
    return this.buffer.subarray(0, this.length);
  }

  private flush(last: boolean): void {
    let text = this.pending;
    // A pair of surrogates is encoded together: the first half waits for the second.
    const end = text.charCodeAt(text.length - 1);
    this.pending = !last && end >= 0xd800 && end <= 0xdbff ? text.slice(-1) : "";
    if (this.pending !== "") text = text.slice(0, -1);
    // At most three bytes per UTF-16 unit.
    const needed = this.length + text.length * 3;
    if (needed > this.buffer.length) {
      const grown = new Uint8Array(Math.max(needed, this.buffer.length * 2));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }
}

/** Text kept as one string (for tests and small parts). */
export class StringSink implements TextSink {
  private readonly pieces: string[] = [];

  push(text: string): void {
    this.pieces.push(text);
  }

  text(): string {
    return this.pieces.join("");
  }
}
