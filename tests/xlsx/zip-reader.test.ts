import JSZip from "jszip";
import { entryBytes, findEndOfCentralDirectory, findEntry, readZipDirectory, streamInflateRaw } from "../../src/xlsx/zip-reader";
import { emptyStringCells } from "../../src/xlsx/string-results";

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

describe("emptyStringCells", () => {
  it("finds formula cells typed as text whose saved value is empty, whatever the attribute order or namespace prefix", () => {
    const xml = [
      `<c r="A1" t="str"><f>""</f><v></v></c>`,
      `<c t='str' s="3" r="B1"><f>""</f></c>`,
      `<x:c r="C1" t="str"><x:f>""</x:f><x:v/></x:c>`,
      `<c r="D1" t="str"><f>"a"</f><v>a</v></c>`, // a result ExcelJS keeps
      `<c r="E1" t="str"/>`, // no formula
      `<c r="F1"><f>1+1</f><v></v></c>`, // no type: never calculated
      `<c r="G1" t="s"><v>0</v></c>`,
      `<c r="H1" t="str"><v></v></c>`, // text without a formula
    ].join("");
    expect([...emptyStringCells(`<sheetData><row r="1">${xml}</row></sheetData>`)]).toEqual(["A1", "B1", "C1"]);
  });
});
