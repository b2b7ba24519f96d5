import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { writeBlocXlsx } from "../../../bench/generate";
import { calculateWithExtras } from "../../../src/workbook/extras/extras";
import { NODE_ENGINE } from "../../../src/xlsx/node-engine";
import { openWorkbook } from "../../../src/xlsx/package/open-workbook";
import { writeProgramSheets, writeProgramSheetsLater } from "../../../src/xlsx/package/write-package";
import { rankWorkbookFile } from "../../../src/xlsx/rank-file";

describe("deflating the big sheets while the next ones are written", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), "khoi-deflate-later-"));
    try {
      // 60 members × 20 targets: Chi tiết điểm is over a megabyte of XML.
      const file = path.join(folder, "khoi.xlsx");
      await writeBlocXlsx(file, 60, 20);
      bytes = new Uint8Array(await readFile(file));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it("gives the same file byte for byte, the big parts deflated by deflateRawLater and the small ones by deflateRaw", async () => {
    const now = new Date(2025, 2, 5, 14, 7);
    const { pkg, grid } = openWorkbook(bytes, "khoi.xlsx");
    const calculation = calculateWithExtras(grid, { lang: "vi", now });
    const later: number[] = [];
    const options = { label: "khoi.xlsx", deflateRaw: NODE_ENGINE.deflateRaw };
    const deflateRawLater = (data: Uint8Array) => {
      later.push(data.length);
      return Promise.resolve(NODE_ENGINE.deflateRaw!(data));
    };
    const sync = writeProgramSheets(pkg, calculation.outputs, calculation.extras, "vi", options);
    const overlapped = await writeProgramSheetsLater(pkg, calculation.outputs, calculation.extras, "vi", { ...options, deflateRawLater });
    expect(overlapped.bytes).toEqual(sync.bytes);
    expect(later.length).toBeGreaterThan(0);
    expect(Math.min(...later)).toBeGreaterThanOrEqual(256 * 1024);
  });

  it("Node's engine deflates on its thread pool as its deflateRaw does: rankWorkbookFile writes the same file with or without it", async () => {
    const now = new Date(2025, 2, 5, 14, 7);
    const base = { label: "khoi.xlsx", lang: "vi" as const, now };
    const withPool = await rankWorkbookFile(bytes, { ...base, engine: NODE_ENGINE });
    const withoutPool = await rankWorkbookFile(bytes, { ...base, engine: { ...NODE_ENGINE, deflateRawLater: undefined } });
    expect(withPool.outputBytes).toEqual(withoutPool.outputBytes);
  });
});
