import type { FileKind } from "../xlsx/file-kind";

/**
 * The browser twin of src/xlsx/file-kind.ts (which uses Node's Buffer, absent in browsers): the same
 * magic numbers on plain bytes, so a dropped .xls, password-protected .xlsx or PDF gets the same message
 * as on the command line.
 */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptionInfo" in UTF-16LE: the stream Excel puts in the OLE2 wrapper of a password-protected .xlsx. */
const ENCRYPTION_INFO = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);

export function detectBytesKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP_MAGIC, 0)) return "zip";
  if (startsWith(bytes, OLE2_MAGIC, 0)) return contains(bytes, ENCRYPTION_INFO) ? "encrypted" : "xls";
  return "unknown";
}

function startsWith(bytes: Uint8Array, magic: number[], at: number): boolean {
  return bytes.length - at >= magic.length && magic.every((b, i) => bytes[at + i] === b);
}

function contains(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i !== -1; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, needle, i)) return true;
  }
  return false;
}
