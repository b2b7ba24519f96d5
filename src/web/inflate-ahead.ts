import { crc32 } from "../xlsx/crc32";
import { declaredWithinRatio, DEFAULT_ZIP_LIMITS, openZipPackage, type InflateRaw, type ZipEntry } from "../xlsx/package/zip-package";
import { inflateDeclared } from "../xlsx/package/inflate-declared";
import type { WorkbookEngine } from "../xlsx/rank-file";
import { webEngine } from "./web-engine";

/** Parts smaller than this are left to fflate: native inflating pays off on the big sheets. */
const AHEAD_MIN = 64 * 1024;
/** Declared bytes inflated ahead at most, whatever the package says (memory held until the reader takes them). */
const AHEAD_BUDGET = 64 * 1024 * 1024;

/**
 * webEngine, with the package's big parts inflated before the reader asks for them, by the browser's own
 * inflate (DecompressionStream): it runs natively, where fflate runs as cold script in a fresh worker (a
 * 1.7 MB sheet: ~100 ms of a 300 × 20 bloc's drop). The reader is synchronous and the native inflate is
 * not, hence "ahead". Each part goes in as a gzip member carrying the zip's CRC-32 and size, so the
 * browser also checks both (natively, where the reader's CRC-32 is ~30 ms of cold script): the engine's
 * crc32 gives that checked CRC for those very bytes.
 *
 * Nothing is trusted that the reader would not trust: only parts whose declared size passes the zip
 * limits' size and ratio guards are inflated, each into a buffer of its declared size (a part giving
 * more is abandoned at once), and what the reader gets still has its size and CRC-32 checked
 * (zip-package.ts). A part that could not be inflated here (no DecompressionStream, broken data, a size
 * that lies) goes the usual way, which names what is wrong with it; so does a package that is no zip.
 */
export async function engineAhead(bytes: Uint8Array): Promise<WorkbookEngine> {
  const engine = webEngine();
  if (typeof DecompressionStream !== "function") return engine;
  let ahead: ReturnType<typeof startInflating>;
  try {
    ahead = startInflating(bytes);
  } catch {
    return engine;
  }
  const inflated = new Map<number, Uint8Array | null>();
  const checked = new WeakMap<Uint8Array, number>();
  for (const [offset, { entry, part }] of ahead) {
    const out = await part;
    inflated.set(offset, out);
    if (out !== null) checked.set(out, entry.crc32);
  }
  const inflateRaw: InflateRaw = (data, size) => {
    const ready = data.buffer === bytes.buffer ? inflated.get(data.byteOffset) : undefined;
    // Taken once: a part read again is inflated again, and memory is given back as the reader goes.
    inflated.delete(data.byteOffset);
    return ready?.length === size ? ready : inflateDeclared(data, size);
  };
  return { ...engine, inflateRaw, crc32: (data) => checked.get(data) ?? crc32(data) };
}

/** The big deflated parts' inflating, started all at once, by where their data starts in `bytes`. */
function startInflating(bytes: Uint8Array): Map<number, { entry: ZipEntry; part: Promise<Uint8Array | null> }> {
  const pkg = openZipPackage(bytes, "");
  const limits = DEFAULT_ZIP_LIMITS;
  const started = new Map<number, { entry: ZipEntry; part: Promise<Uint8Array | null> }>();
  let budget = AHEAD_BUDGET;
  for (const entry of pkg.entries) {
    if (entry.method !== 8 || entry.size < AHEAD_MIN || entry.size > limits.maxPartSize || entry.size > budget || !declaredWithinRatio(entry, limits)) continue;
    const data = pkg.raw(entry.name);
    budget -= entry.size;
    started.set(data.byteOffset, { entry, part: inflateNatively(data, entry) });
  }
  return started;
}

/**
 * The part inflated into exactly its declared size with its declared CRC-32, or null (broken data, more
 * or fewer bytes, another CRC: gzip's trailer check fails).
 */
async function inflateNatively(data: Uint8Array, entry: ZipEntry): Promise<Uint8Array | null> {
  const { size } = entry;
  const out = new Uint8Array(size);
  let at = 0;
  try {
    // Blob copies the bytes (the file may sit in a buffer the type system cannot tell from a shared one).
    const member = new Blob([GZIP_HEADER, data as Uint8Array<ArrayBuffer>, gzipTrailer(entry)]);
    const reader = member.stream().pipeThrough(new DecompressionStream("gzip")).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return at === size ? out : null;
      if (at + value.length > size) {
        void reader.cancel().catch(() => undefined);
        return null;
      }
      out.set(value, at);
      at += value.length;
    }
  } catch {
    return null;
  }
}

/** A gzip member's header (RFC 1952): deflate, no flags, no time, unknown OS. */
const GZIP_HEADER = Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/** A gzip member's trailer: the CRC-32 and the size (modulo 2^32) the inflated data must have. */
function gzipTrailer(entry: ZipEntry): Uint8Array<ArrayBuffer> {
  const trailer = new Uint8Array(8);
  const view = new DataView(trailer.buffer);
  view.setUint32(0, entry.crc32 >>> 0, true);
  view.setUint32(4, entry.size % 2 ** 32, true);
  return trailer;
}
