import { deflateRawSync } from "node:zlib";
import { engineAhead } from "../../src/web/inflate-ahead";
import { webEngine } from "../../src/web/web-engine";
import { crc32 } from "../../src/xlsx/crc32";
import { WorkbookFileError } from "../../src/xlsx/file-errors";
import { inflateDeclared } from "../../src/xlsx/package/inflate-declared";
import { openZipPackage, type InflateRaw } from "../../src/xlsx/package/zip-package";
import { handZip, zerosDeflated } from "../xlsx/package/hand-zip";

jest.mock("../../src/xlsx/package/inflate-declared", () => {
  const actual = jest.requireActual<typeof import("../../src/xlsx/package/inflate-declared")>("../../src/xlsx/package/inflate-declared");
  return { ...actual, inflateDeclared: jest.fn(actual.inflateDeclared) };
});
const fflateCalls = inflateDeclared as jest.MockedFunction<InflateRaw>;

/** A sheet big enough to be inflated ahead (over 64 kB of XML). */
const BIG_SHEET = `<worksheet><sheetData>${Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("")}</sheetData></worksheet>`;
const SMALL = "<workbook>Sổ thi đua</workbook>";

const problemOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkbookFileError) return error.problem;
    throw error;
  }
  return "read";
};

beforeEach(() => fflateCalls.mockClear());

describe("the web page's big parts, inflated ahead by the browser's own inflate", () => {
  it("reads the same text, the big part without fflate (once: read again, it is inflated again), the small one with it", async () => {
    const zip = handZip([
      { name: "xl/workbook.xml", data: SMALL },
      { name: "xl/worksheets/sheet1.xml", data: BIG_SHEET },
    ]);
    const engine = await engineAhead(zip);
    const pkg = openZipPackage(zip, "khoi.xlsx", undefined, engine.inflateRaw, engine.crc32);
    expect(pkg.text("xl/worksheets/sheet1.xml")).toBe(BIG_SHEET);
    expect(fflateCalls).not.toHaveBeenCalled();
    expect(pkg.text("xl/workbook.xml")).toBe(SMALL);
    expect(pkg.text("xl/worksheets/sheet1.xml")).toBe(BIG_SHEET);
    expect(fflateCalls).toHaveBeenCalledTimes(2);
  });

  it("refuses what the page refused: bombs, lying sizes, broken data, wrong checksums", async () => {
    const sheet = "xl/worksheets/sheet1.xml";
    const zips = [
      // 2 GB of zeros declared as 100 kB, as 64 MB (over 200 times its data), as 2 GB (over the part limit).
      handZip([{ name: sheet, deflated: zerosDeflated(2048), size: 100 * 1024, crc: 0 }], { zip64: true }),
      handZip([{ name: sheet, deflated: zerosDeflated(64), size: 64 * 2 ** 20, crc: 0 }], { zip64: true }),
      handZip([{ name: sheet, deflated: zerosDeflated(2048), size: 2 ** 31, crc: 0 }], { zip64: true }),
      // The big sheet declared a byte short, and a byte long; then with a wrong checksum; then broken data.
      handZip([{ name: sheet, data: BIG_SHEET, size: BIG_SHEET.length - 1 }]),
      handZip([{ name: sheet, data: BIG_SHEET, size: BIG_SHEET.length + 1 }]),
      handZip([{ name: sheet, data: BIG_SHEET, crc: 12345 }]),
      handZip([{ name: sheet, deflated: Uint8Array.from([0xff, 0xff, 0xff, ...deflateRawSync(BIG_SHEET)]), size: BIG_SHEET.length }]),
    ];
    const ahead = await Promise.all(zips.map((zip) => engineAhead(zip)));
    const problems = zips.map((zip, i) => problemOf(() => openZipPackage(zip, "khoi.xlsx", undefined, ahead[i].inflateRaw, ahead[i].crc32).read(sheet)));
    expect(problems).toEqual(zips.map((zip) => problemOf(() => openZipPackage(zip, "khoi.xlsx", undefined, webEngine().inflateRaw).read(sheet))));
    expect(problems).toEqual(["too-large", "too-large", "too-large", "damaged", "damaged", "damaged", "damaged"]);
  });

  it("checks the CRC-32 natively: bytes with another CRC are not taken from it, and its crc32 gives the checked one", async () => {
    const sheet = "xl/worksheets/sheet1.xml";
    const wrong = await engineAhead(handZip([{ name: sheet, data: BIG_SHEET, crc: 12345 }]));
    const right = handZip([{ name: sheet, data: BIG_SHEET }]);
    const engine = await engineAhead(right);
    const pkg = openZipPackage(right, "khoi.xlsx");
    const entry = pkg.entry(sheet)!;
    const out = engine.inflateRaw!(pkg.raw(sheet), entry.size);
    expect(fflateCalls).not.toHaveBeenCalled();
    expect(engine.crc32!(out!)).toBe(entry.crc32);
    expect(engine.crc32!(new TextEncoder().encode("<a/>"))).toBe(crc32(new TextEncoder().encode("<a/>")));
    wrong.inflateRaw!(pkg.raw(sheet), entry.size);
    expect(fflateCalls).toHaveBeenCalledTimes(1);
  });

  it("is the page's engine as it was for what is no zip, and where the browser has no DecompressionStream", async () => {
    expect((await engineAhead(new TextEncoder().encode("not a zip"))).inflateRaw).toBe(inflateDeclared);
    const native = globalThis.DecompressionStream;
    try {
      (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
      expect((await engineAhead(handZip([{ name: "xl/worksheets/sheet1.xml", data: BIG_SHEET }]))).inflateRaw).toBe(inflateDeclared);
    } finally {
      globalThis.DecompressionStream = native;
    }
  });
});
