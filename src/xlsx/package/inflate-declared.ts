import { inflateSync } from "fflate";
import type { InflateRaw } from "./zip-package";

/**
 * zip-package's InflateRaw in portable code (fflate), for hosts without a native inflate (the web page's
 * worker): the part in one call, straight into a buffer of its declared size, where the bounded path
 * streams it in 4 KB slices through buffers it keeps growing and copying (several times slower in a
 * fresh worker, whose code is not yet optimised: a 1.7 MB sheet took ~140 ms instead of ~40).
 *
 * The buffer has one byte more than declared: fflate drops what does not fit, so a part inflating past
 * its size is seen (that byte written) and returned as null, and the bounded path names it. Memory stays
 * at the declared size (zip-package only calls this once the size passes its ratio guard); but fflate
 * still decodes the rest of a lying part, up to ~1032 bytes per compressed byte, without keeping it
 * (~2.5 ns a byte): parts over ONE_CALL_MAX compressed bytes (a sheet of ~4 MB of XML) are left to the
 * bounded path, so a lie costs at most about a second before that path refuses it.
 */
export const inflateDeclared: InflateRaw = (data, size) => {
  if (data.length > ONE_CALL_MAX) return null;
  try {
    const out = inflateSync(data, { out: new Uint8Array(size + 1) });
    return out.length === size ? out : null;
  } catch {
    return null;
  }
};

/** Compressed bytes inflated in one call at most: ~540 MB of output for a lying part, ~4 MB for real XML. */
export const ONE_CALL_MAX = 512 * 1024;
