import { detectFileKind } from "../../src/xlsx/file-kind";

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (text: string) => Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);

describe("detectFileKind", () => {
  it.each([
    ["xls", [...OLE2, 0, 0, ...utf16("Workbook")]],
    // "Encryption" alone is a false start: the search must go on to the whole stream name.
    ["encrypted", [...OLE2, 0, 0, ...utf16("Encryption"), 0, ...utf16("EncryptedPackage"), 0, 0, ...utf16("EncryptionInfo")]],
    ["xls", [...OLE2, ...utf16("EncryptionInf")]],
    ["unknown", [...utf16("EncryptionInfo"), 0x25, 0x50, 0x44, 0x46]],
    ["unknown", [0x50, 0x4b, 0x03]],
    ["empty", []],
    // The local header's magic without the end-of-central-directory record: a zip cut short.
    ["damaged", [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]],
    ["zip", [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]],
    // Four bytes that look like the end record, but its comment would run past the end of the file.
    ["damaged", [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x50, 0x4b, 0x05, 0x06, ...new Array(16).fill(0), 9, 0]],
  ])("says %s on plain bytes (the web page) and on a Node Buffer (the command line)", (kind, bytes) => {
    expect(detectFileKind(new Uint8Array(bytes))).toBe(kind);
    expect(detectFileKind(Buffer.from(bytes))).toBe(kind);
  });
});
