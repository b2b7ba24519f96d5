/** What the first bytes say a file is, before handing it to ExcelJS (whose own errors mean nothing to an officer). */
export type FileKind = "zip" | "xls" | "encrypted" | "unknown";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: old .xls, and also the container Excel wraps a password-protected .xlsx in. */
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Stream names in an OLE2 directory are UTF-16LE; an encrypted .xlsx always has this stream. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

export function detectFileKind(bytes: Buffer): FileKind {
  if (startsWith(bytes, ZIP_MAGIC)) return "zip";
  if (startsWith(bytes, OLE2_MAGIC)) return bytes.includes(ENCRYPTION_INFO) ? "encrypted" : "xls";
  return "unknown";
}

function startsWith(bytes: Buffer, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}
