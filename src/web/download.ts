import { kindOfName, type CopyKind } from "./download-name";

const MEDIA_TYPES: Record<CopyKind, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.12",
};

/** Hands the bytes to the browser's download (no server involved): a Blob, an object URL, a click. */
export function saveBytes(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: MEDIA_TYPES[kindOfName(fileName)] }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the URL only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
