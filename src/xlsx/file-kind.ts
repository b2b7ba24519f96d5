import { findEndOfCentralDirectory } from "./package/zip-package";

/**
 * What the bytes say a file is, before the package reader opens it (a zip library's own errors mean nothing to an
 * officer). "damaged": a zip whose end is missing, as a copy, a download or a mail attachment cut short
 * leaves it; "empty": 0 bytes, as a save that failed or a file created but never written leaves it.
 */
export type FileKind = "zip" | "xls" | "encrypted" | "damaged" | "empty" | "unknown";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: old .xls, and also the container Excel wraps a password-protected .xlsx in. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptionInfo" in UTF-16LE (stream names in an OLE2 directory are): an encrypted .xlsx always has this stream. */
const ENCRYPTION_INFO = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);

/** On plain bytes (a Node Buffer is one too), so the command line and the web page say the same. */
export function detectFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_MAGIC, 0)) return findEndOfCentralDirectory(bytes) >= 0 ? "zip" : "damaged";
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
