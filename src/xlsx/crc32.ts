/**
 * CRC-32 (ISO 3309, the one PNG chunks and zip entries carry) on plain bytes, with no Node module, so the
 * web page's bundle can use it too.
 */
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** A CRC-32 of plain bytes: this one, or a host's native one (Node's zlib.crc32). */
export type Crc32 = (bytes: Uint8Array) => number;

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
