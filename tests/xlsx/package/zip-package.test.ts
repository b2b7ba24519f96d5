import { inflateRawSync } from "node:zlib";
import { webEngine } from "../../../src/web/web-engine";
import { WorkbookFileError } from "../../../src/xlsx/file-errors";
import { NODE_ENGINE } from "../../../src/xlsx/node-engine";
import { crc32 } from "../../../src/xlsx/crc32";
import { inflateDeclared, ONE_CALL_MAX } from "../../../src/xlsx/package/inflate-declared";
import { openZipPackage, type InflateRaw, type ZipLimits } from "../../../src/xlsx/package/zip-package";
import { ZipWriter } from "../../../src/xlsx/package/zip-writer";
import { handZip, zerosDeflated } from "./hand-zip";

const text = (pkg: ReturnType<typeof openZipPackage>, name: string) => pkg.text(name);

function refusal(run: () => unknown): WorkbookFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkbookFileError) return error;
    throw error;
  }
  throw new Error("expected a WorkbookFileError");
}

const PARTS = [
  { name: "[Content_Types].xml", data: "<Types/>" },
  { name: "xl/workbook.xml", data: "<workbook>Sổ thi đua</workbook>" },
  { name: "xl/worksheets/sheet1.xml", data: "<worksheet/>".repeat(500), stored: true },
];

describe("openZipPackage", () => {
  it.each([
    ["a plain archive", {}],
    ["sizes after the data (data descriptors)", { dataDescriptor: true }],
    ["Zip64 records", { zip64: true }],
    ["Zip64 with data descriptors", { zip64: true, dataDescriptor: true }],
    ["bytes before the archive", { prefix: new TextEncoder().encode("MIME banner\r\n") }],
    ["a comment after the end record", { comment: "ghi chú của tệp PK\u0005\u0006" }],
    ["Zip64 with a comment", { zip64: true, comment: "ghi chú" }],
  ])("reads %s: entries in directory order, parts by name, deflated or stored", (_what, options) => {
    const pkg = openZipPackage(handZip(PARTS, options), "khoi.xlsx");
    expect(pkg.entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ["[Content_Types].xml", 8, 8],
      ["xl/workbook.xml", 8, new TextEncoder().encode(PARTS[1].data).length],
      ["xl/worksheets/sheet1.xml", 0, 6000],
    ]);
    expect(text(pkg, "xl/workbook.xml")).toBe("<workbook>Sổ thi đua</workbook>");
    expect(text(pkg, "xl/worksheets/sheet1.xml")).toBe(PARTS[2].data);
    expect(pkg.has("xl/styles.xml")).toBe(false);
  });

  it("finds a part by its name in any case or with a leading slash, as OPC names compare", () => {
    const pkg = openZipPackage(handZip(PARTS), "khoi.xlsx");
    expect(pkg.has("XL/Workbook.xml")).toBe(true);
    expect(pkg.text("/xl/workbook.xml")).toContain("Sổ thi đua");
  });

  it("gives a part's compressed bytes exactly as stored, for copying it unchanged", () => {
    const pkg = openZipPackage(handZip(PARTS, { dataDescriptor: true }), "khoi.xlsx");
    const raw = pkg.raw("xl/workbook.xml");
    expect(raw.length).toBe(pkg.entry("xl/workbook.xml")!.compressedSize);
    expect(new TextDecoder().decode(inflateRawSync(raw))).toBe(PARTS[1].data);
  });

  it("strips a byte order mark from a part's text", () => {
    const pkg = openZipPackage(handZip([{ name: "a.xml", data: "\ufeff<a/>" }]), "khoi.xlsx");
    expect(pkg.text("a.xml")).toBe("<a/>");
  });

  it("inflates nothing until a part is asked for, and only that part", () => {
    // The second part's deflate data is garbage: opening and reading the first must not touch it.
    const zip = handZip([{ name: "a.xml", data: "<a/>" }, { name: "big.xml", deflated: Uint8Array.from([0xff, 0xff, 0xff]), size: 10 }]);
    const pkg = openZipPackage(zip, "khoi.xlsx");
    expect(pkg.text("a.xml")).toBe("<a/>");
    expect(refusal(() => pkg.read("big.xml")).localized.vi).toContain('"big.xml"');
  });

  it("names the damaged part: broken deflate data, a wrong checksum, a part cut short", () => {
    const badCrc = handZip([{ name: "xl/worksheets/sheet2.xml", data: "<worksheet/>", crc: 12345 }]);
    const cut = handZip([{ name: "xl/sharedStrings.xml", data: "<sst/>" }]);
    const brokenLocal = cut.slice();
    brokenLocal[0] = 0; // the local header's signature
    for (const [bytes, part] of [
      [badCrc, "xl/worksheets/sheet2.xml"],
      [brokenLocal, "xl/sharedStrings.xml"],
    ] as const) {
      const error = refusal(() => openZipPackage(bytes, "khoi.xlsx").read(part));
      expect(error.problem).toBe("damaged");
      expect(error.localized.vi).toContain(`"${part}"`);
      expect(error.localized.vi).toContain("khoi.xlsx");
      expect(error.localized.en).toContain(`its part "${part}" cannot be read`);
    }
  });

  it("calls an archive without its directory damaged", () => {
    const whole = handZip(PARTS);
    expect(refusal(() => openZipPackage(whole.subarray(0, whole.length - 30), "khoi.xlsx")).problem).toBe("damaged");
  });
});

describe("zip bombs", () => {
  const bomb = (declared?: number) => handZip([{ name: "xl/worksheets/sheet1.xml", deflated: zerosDeflated(2048), size: declared ?? 2 ** 31, crc: 0 }], { zip64: true });

  it("the test's bomb is what it claims: 2 GB of zeros in about 2 MB", () => {
    const deflated = zerosDeflated(3);
    const inflated = inflateRawSync(deflated);
    expect(inflated.length).toBe(3 * 2 ** 20);
    expect(inflated.every((b) => b === 0)).toBe(true);
    expect(zerosDeflated(2048).length).toBeLessThan(4 * 2 ** 20);
  });

  it("refuses a part declaring 2 GB before inflating anything, naming the part", () => {
    const error = refusal(() => openZipPackage(bomb(), "bom.xlsx").read("xl/worksheets/sheet1.xml"));
    expect(error.problem).toBe("too-large");
    expect(error.localized.vi).toContain('"xl/worksheets/sheet1.xml"');
    expect(error.localized.vi).toContain("bom.xlsx");
    expect(error.localized.en).toContain("safety limit");
  });

  it("refuses a part that lies about its size once its inflating passes the ratio guard", () => {
    const error = refusal(() => openZipPackage(bomb(1000), "bom.xlsx").read("xl/worksheets/sheet1.xml"));
    expect(error.problem).toBe("too-large");
    expect(error.localized.en).toContain('"xl/worksheets/sheet1.xml"');
  });

  it("refuses by the running count alone: the part limit, and the package total over several parts", () => {
    const noRatio: ZipLimits = { maxPartSize: 8 * 2 ** 20, maxTotalSize: 10 * 2 ** 20, maxRatio: Infinity, ratioFloor: 0 };
    const zip = handZip([
      { name: "a.xml", deflated: zerosDeflated(6), size: 6 * 2 ** 20, crc: crcOfZeros(6) },
      { name: "b.xml", deflated: zerosDeflated(6), size: 6 * 2 ** 20, crc: crcOfZeros(6) },
      { name: "c.xml", deflated: zerosDeflated(64), size: 100 },
    ]);
    const pkg = openZipPackage(zip, "bom.xlsx", noRatio);
    expect(refusal(() => pkg.read("c.xml")).problem).toBe("too-large");
    expect(pkg.read("a.xml").length).toBe(6 * 2 ** 20);
    expect(refusal(() => pkg.read("b.xml")).localized.vi).toContain('"b.xml"');
  });
});

describe.each([
  ["Node's zlib on the command line", NODE_ENGINE.inflateRaw!],
  ["fflate in one call, in the web page's worker", inflateDeclared],
])("with the host's inflate (%s)", (_host, hostInflate) => {
  const calls: number[] = [];
  const nodeInflate: InflateRaw = (data, size) => {
    calls.push(size);
    return hostInflate(data, size);
  };
  beforeEach(() => (calls.length = 0));

  it("inflates a part whose declared size passes the limits, and gives the same bytes", () => {
    const pkg = openZipPackage(handZip(PARTS, { dataDescriptor: true }), "khoi.xlsx", undefined, nodeInflate);
    expect(pkg.text("xl/workbook.xml")).toBe("<workbook>Sổ thi đua</workbook>");
    expect(calls).toEqual([new TextEncoder().encode(PARTS[1].data).length]);
  });

  it("refuses the same bombs, never asking it for more than a part's declared size", () => {
    const bomb = (megabytes: number, declared: number) => handZip([{ name: "xl/worksheets/sheet1.xml", deflated: zerosDeflated(megabytes), size: declared, crc: 0 }], { zip64: true });
    const problem = (zip: Uint8Array) => refusal(() => openZipPackage(zip, "bom.xlsx", undefined, nodeInflate).read("xl/worksheets/sheet1.xml")).problem;
    // Lying: 2 GB declared as 1000 bytes. Honest: 2 GB (over the part limit), 64 MB from 64 kB (over 200 times its data).
    expect([problem(bomb(2048, 1000)), problem(bomb(2048, 2 ** 31)), problem(bomb(64, 64 * 2 ** 20))]).toEqual(["too-large", "too-large", "too-large"]);
    expect(calls).toEqual([1000]);
  });

  it("leaves broken data and a wrong checksum to be named as damaged", () => {
    const broken = handZip([{ name: "a.xml", deflated: Uint8Array.from([0xff, 0xff, 0xff]), size: 10 }]);
    const badCrc = handZip([{ name: "a.xml", data: "<a/>", crc: 12345 }]);
    for (const zip of [broken, badCrc]) expect(refusal(() => openZipPackage(zip, "khoi.xlsx", undefined, nodeInflate).read("a.xml")).problem).toBe("damaged");
  });
});

describe("fflate in one call (the web page's worker)", () => {
  it("is the web page's inflate", () => {
    expect(webEngine().inflateRaw).toBe(inflateDeclared);
  });

  it("gives exactly the declared bytes, and null for a part inflating to more or fewer", () => {
    const deflated = zerosDeflated(1);
    const out = inflateDeclared(deflated, 2 ** 20);
    expect([out?.length, out?.every((b) => b === 0)]).toEqual([2 ** 20, true]);
    expect(inflateDeclared(deflated, 2 ** 20 - 1)).toBeNull();
    expect(inflateDeclared(deflated, 2 ** 20 + 1)).toBeNull();
  });

  it("leaves a part of more than ONE_CALL_MAX compressed bytes to the bounded path (a lie would cost its whole decoding)", () => {
    const big = zerosDeflated(1024);
    expect(big.length).toBeGreaterThan(ONE_CALL_MAX);
    expect(inflateDeclared(big, 1024 * 2 ** 20)).toBeNull();
  });
});

function crcOfZeros(megabytes: number): number {
  return openZipPackage(handZip([{ name: "z", data: new Uint8Array(megabytes * 2 ** 20) }]), "z").entry("z")!.crc32;
}

describe("a host's CRC-32", () => {
  it("Node's native one agrees with the portable one", () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 251);
    expect(NODE_ENGINE.crc32?.(bytes)).toBe(crc32(bytes));
    expect(NODE_ENGINE.crc32?.(new Uint8Array(0))).toBe(crc32(new Uint8Array(0)));
  });

  it("checks the parts read and stamps the parts written", () => {
    const zip = new ZipWriter(undefined, () => 0x1234abcd);
    zip.add("a.xml", "<a/>");
    const written = openZipPackage(zip.finish(), "out.xlsx", undefined, undefined, () => 0x1234abcd);
    expect(written.entries[0].crc32).toBe(0x1234abcd);
    expect(written.text("a.xml")).toBe("<a/>");
    expect(refusal(() => openZipPackage(handZip(PARTS), "khoi.xlsx", undefined, undefined, () => 0).text("xl/workbook.xml")).problem).toBe("damaged");
  });
});
