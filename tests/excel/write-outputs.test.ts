import { detectCapabilities } from "../../src/excel/capabilities";
import { charactersToPoints, writeOutputs } from "../../src/excel/write-outputs";
import type { RenderedSheet } from "../../src/workbook/rendering/output-types";
import { FakeExcel } from "../fakes/fake-excel";
import { asContext } from "./helpers";

const allCaps = detectCapabilities(() => true);

function sheet(name: string, rows: number, tableName = name.replace(/\W/g, "") || "T1"): RenderedSheet {
  const values = [["Tiêu đề", null, null], ["Mã", "Ghi chú", "Điểm"], ...Array.from({ length: rows }, (_, i) => [`M${i}`, i === 0 ? "=không phải công thức" : `ghi chú ${i} `.repeat(5), i + 0.5])];
  return {
    name,
    values,
    numberFormats: values.map((row, r) => row.map((_, c) => (r < 2 ? "@" : c === 2 ? "0.00" : "@"))),
    headerRow: 1,
    tableName: `Bang${tableName}`,
    columnWidths: [10, 40, 12],
    freezeRows: 2,
    print: { landscape: true, fitToWidth: true, printTitleRows: 2 },
    titleRows: [0],
    wrapColumns: [1],
  };
}

const inputSeed = { sheets: [{ name: "Đơn vị", rows: [["Mã đơn vị"], ["CT"]] as (string | number | null)[][] }] };

describe("writeOutputs", () => {
  it("writes text that looks like a formula as text, numbers as numbers, with layout", async () => {
    const fake = new FakeExcel(inputSeed);
    await writeOutputs(asContext(fake.context()), { ranking: sheet("Xếp hạng", 3), breakdown: null, checks: sheet("Kiểm tra", 1) }, { capabilities: allCaps, existingSheets: ["Đơn vị"] });
    expect(fake.values("Xếp hạng")[2]).toEqual(["M0", "=không phải công thức", 0.5]);
    const ranking = fake.sheet("Xếp hạng")!;
    expect(ranking.frozenRows).toBe(2);
    expect(ranking.columnWidths.get(1)).toBe(charactersToPoints(40));
    expect(ranking.style(0, 0)).toMatchObject({ bold: true });
    expect(ranking.style(3, 1)).toMatchObject({ wrap: true });
    expect(ranking.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$2" });
    expect(fake.model.tables.find((t) => t.name === "BangXphng")?.rect).toEqual({ row: 1, col: 0, rows: 4, cols: 3 });
    expect(fake.stats.syncs).toBe(1);
  });

  it("converts Excel character widths to points (8.43 characters are 48 points)", () => {
    expect(charactersToPoints(8.43)).toBeCloseTo(48, 0);
  });

  it("splits a write above the budget into chunks that each stay under the request limit", async () => {
    const fake = new FakeExcel(inputSeed, { payloadLimitBytes: 12_000 });
    const big = sheet("Chi tiết điểm", 300);
    const stats = await writeOutputs(asContext(fake.context()), { ranking: sheet("Xếp hạng", 5), breakdown: big, checks: sheet("Kiểm tra", 1) }, {
      capabilities: allCaps,
      existingSheets: ["Đơn vị"],
      budgetBytes: 10_000,
    });
    expect(stats.chunks).toBeGreaterThan(3);
    expect(fake.stats.syncs).toBe(stats.chunks);
    for (const bytes of fake.stats.bytesPerSync) expect(bytes).toBeLessThanOrEqual(12_000);
    expect(fake.values("Chi tiết điểm")).toEqual(big.values.map((r) => r.map((v) => v ?? "")));
  });

  it("without chunking the same write is refused by the payload limit (the chunking is what makes it work)", async () => {
    const fake = new FakeExcel(inputSeed, { payloadLimitBytes: 12_000 });
    const write = writeOutputs(asContext(fake.context()), { ranking: null, breakdown: sheet("Chi tiết điểm", 300), checks: sheet("Kiểm tra", 1) }, {
      capabilities: allCaps,
      existingSheets: ["Đơn vị"],
      budgetBytes: 10_000_000,
    });
    await expect(write).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it("replaces old output sheets under either language's name and nothing else; blocked runs replace only Kiểm tra", async () => {
    const fake = new FakeExcel({ sheets: [...inputSeed.sheets, { name: "Ranking", rows: [["old"]] }, { name: "Checks", rows: [["old"]] }, { name: "Kiểm tra", rows: [["old"]] }] });
    await writeOutputs(asContext(fake.context()), { ranking: null, breakdown: null, checks: sheet("Kiểm tra", 1) }, {
      capabilities: allCaps,
      existingSheets: fake.sheetNames(),
    });
    expect(fake.sheetNames()).toEqual(["Đơn vị", "Ranking", "Kiểm tra"]);
    expect(fake.values("Ranking")).toEqual([["old"]]);
    expect(fake.sheet("Đơn vị")!.writeLog).toEqual([]);
  });

  it("replaces output sheets even when they are the only visible sheets", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Kiểm tra", rows: [["old"]] }] });
    await writeOutputs(asContext(fake.context()), { ranking: null, breakdown: null, checks: sheet("Kiểm tra", 1) }, {
      capabilities: allCaps,
      existingSheets: ["Kiểm tra"],
    });
    expect(fake.sheetNames()).toEqual(["Kiểm tra"]);
    expect(fake.values("Kiểm tra")[1]).toEqual(["Mã", "Ghi chú", "Điểm"]);
  });

  it("suspends calculation and screen updating for every write request where supported", async () => {
    const fake = new FakeExcel(inputSeed, { payloadLimitBytes: 12_000 });
    const outputs = { ranking: null, breakdown: sheet("Chi tiết điểm", 100), checks: sheet("Kiểm tra", 1) };
    const stats = await writeOutputs(asContext(fake.context()), outputs, { capabilities: allCaps, existingSheets: [], budgetBytes: 10_000 });
    expect(fake.stats.suspendedPerSync).toEqual(Array(stats.chunks).fill({ calculation: 1, screenUpdating: 1 }));

    const old = new FakeExcel(inputSeed, { apiVersion: "1.4" });
    const oldCaps = detectCapabilities((_, v) => Number(v?.split(".")[1]) <= 4);
    await writeOutputs(asContext(old.context()), outputs, { capabilities: oldCaps, existingSheets: [] });
    expect(old.stats.suspendedPerSync).toEqual([{ calculation: 0, screenUpdating: 0 }]);
  });
});
