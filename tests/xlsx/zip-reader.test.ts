import JSZip from "jszip";
import { entryBytes, findEndOfCentralDirectory, findEntry, readZipDirectory, streamInflateRaw } from "../../src/xlsx/zip-reader";

const TEXT = "Chỉ tiêu ".repeat(200);

async function zipOf(options: JSZip.JSZipGeneratorOptions<"uint8array">, comment?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  // Without folder entries, as Excel writes an .xlsx.
  zip.file("xl/worksheets/sheet1.xml", TEXT, { createFolders: false });
  zip.file("[Content_Types].xml", "<Types/>", { createFolders: false });
  return zip.generateAsync({ ...options, type: "uint8array", comment });
}

describe("readZipDirectory and entryBytes", () => {
  it.each([
    ["deflated", { compression: "DEFLATE" as const }],
    ["stored", { compression: "STORE" as const }],
    ["with data descriptors (sizes written after the data)", { compression: "DEFLATE" as const, streamFiles: true }],
  ])("reads the parts of a %s zip", async (_what, options) => {
    const bytes = await zipOf(options);
    const entries = readZipDirectory(bytes)!;
    expect(entries.map((e) => e.name).sort()).toEqual(["[Content_Types].xml", "xl/worksheets/sheet1.xml"]);
    const sheet = findEntry(entries, "XL/Worksheets/Sheet1.xml")!;
    expect(new TextDecoder().decode(await entryBytes(bytes, sheet, streamInflateRaw))).toBe(TEXT);
  });

  it("finds the end record behind a zip comment", async () => {
    const bytes = await zipOf({ compression: "DEFLATE" }, "ghi chú của tệp");
    expect(findEndOfCentralDirectory(bytes)).toBeGreaterThan(0);
    expect(readZipDirectory(bytes)).toHaveLength(2);
  });

  it("says a cut zip has no directory, and refuses to read past the end", async () => {
    const bytes = await zipOf({ compression: "DEFLATE" });
    const cut = bytes.subarray(0, Math.floor(bytes.length / 2));
    expect(findEndOfCentralDirectory(cut)).toBe(-1);
    expect(readZipDirectory(cut)).toBeNull();
    const entry = findEntry(readZipDirectory(bytes)!, "xl/worksheets/sheet1.xml")!;
    await expect(entryBytes(cut.subarray(0, 40), entry, streamInflateRaw)).rejects.toThrow(/sheet1\.xml/);
  });
});
