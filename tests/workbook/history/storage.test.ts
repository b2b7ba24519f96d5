import type { CalculationSnapshot } from "../../../src/workbook/history/snapshot";
import { CHUNK_SIZE, HEADER_MARKER, MAX_HISTORY_CHARS, MAX_SNAPSHOTS, parseSnapshots, serializeSnapshots, splitChunks } from "../../../src/workbook/history/storage";
import type { CellValue } from "../../../src/workbook/grid";

function snap(n: number, inputs: CalculationSnapshot["inputs"] = { "Chỉ tiêu!E6": n }): CalculationSnapshot {
  return {
    version: 1,
    time: `2025-03-${String(n).padStart(2, "0")}T10:00:00+07:00`,
    inputs,
    units: [
      { code: "CT", name: "Cục Thuế tỉnh", rank: 1, total: 363.0714285714, percent: 103.73469387 },
      { code: "X", name: "Không tham gia", rank: null, total: 0, percent: 0 },
    ],
    errors: 0,
    warnings: n,
    membersRanked: 1,
  };
}

describe("serializeSnapshots / parseSnapshots", () => {
  test("round-trip: every field and every input survives, sheet names with ! included", () => {
    const s = snap(1, { "Đơn vị!A2": "CT", "Sheet!1!B3": 9.5, "Cấu hình!B2": true, "Chỉ tiêu!H9": "=SUM(1)" });
    const parsed = parseSnapshots(serializeSnapshots([snap(2), s]));
    expect(parsed.warning).toBeNull();
    expect(parsed.snapshots).toEqual([{ ...snap(2), inputs: {} }, s]);
  });

  test("rows are rectangular text, headed by the format marker", () => {
    const rows = serializeSnapshots([snap(1), snap(2, { "A!A1": "x".repeat(CHUNK_SIZE + 10) })]);
    expect(rows[0][0]).toBe(HEADER_MARKER);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    expect(rows.flat().every((c) => typeof c === "string")).toBe(true);
  });

  test("long JSON is cut into chunks under Excel's 32,767-character limit, none starting like a formula", () => {
    const big = snap(1, { "Chỉ tiêu!C2": "-".repeat(70000), "Chỉ tiêu!C3": "=+@".repeat(20000) });
    const rows = serializeSnapshots([big]);
    const cells = rows[1].filter((c) => c !== "");
    expect(cells.length).toBeGreaterThanOrEqual(2 + 5);
    for (const c of cells) {
      expect(c.length).toBeLessThanOrEqual(32767);
      expect(c).not.toMatch(/^[=+\-@]/);
    }
    expect(parseSnapshots(rows).snapshots).toEqual([big]);
  });

  test("never cuts a surrogate pair in half", () => {
    const json = "a".repeat(CHUNK_SIZE - 1) + "😀" + "b";
    const chunks = splitChunks(json);
    expect(chunks.join("")).toBe(json);
    expect(chunks[0]).toHaveLength(CHUNK_SIZE - 1);
    expect(chunks[1].startsWith("😀")).toBe(true);
  });

  test(`keeps the newest ${MAX_SNAPSHOTS} calculations`, () => {
    const all = Array.from({ length: MAX_SNAPSHOTS + 5 }, (_, i) => snap(i + 1));
    const parsed = parseSnapshots(serializeSnapshots(all)).snapshots;
    expect(parsed).toHaveLength(MAX_SNAPSHOTS);
    expect(parsed[0]).toEqual({ ...all[5], inputs: {} });
    expect(parsed.at(-1)).toEqual(all.at(-1));
  });

  test("only the newest calculation keeps its input cells, so heavy blocs keep their whole history list", () => {
    const heavy = (n: number) => snap(n, { "A!A1": "x".repeat(Math.ceil(MAX_HISTORY_CHARS / 2)) });
    const rows = serializeSnapshots([heavy(1), heavy(2), heavy(3), heavy(4)]);
    const parsed = parseSnapshots(rows).snapshots;
    expect(parsed.map((s) => s.warnings)).toEqual([1, 2, 3, 4]);
    expect(parsed.map((s) => Object.keys(s.inputs).length)).toEqual([0, 0, 0, 1]);
    expect(rows.flat().join("").length).toBeLessThan(MAX_HISTORY_CHARS);
  });

  test("a percent that is not a number (no maximum points) survives as NaN", () => {
    const s = snap(1);
    s.units[1].percent = Number.NaN;
    expect(parseSnapshots(serializeSnapshots([s])).snapshots[0].units[1].percent).toBeNaN();
  });

  test("a chunk count read back as a number (Excel converted it) is accepted", () => {
    const rows: CellValue[][] = serializeSnapshots([snap(1)]);
    rows[1][1] = Number(rows[1][1]);
    expect(parseSnapshots(rows).snapshots).toHaveLength(1);
  });
});

describe("parseSnapshots on a damaged sheet", () => {
  test("an empty sheet is an empty history without warning", () => {
    expect(parseSnapshots([])).toEqual({ snapshots: [], warning: null });
    expect(parseSnapshots([[null, ""], [null]])).toEqual({ snapshots: [], warning: null });
  });

  test("a sheet that is not ours starts fresh with a warning", () => {
    const parsed = parseSnapshots([["Ghi chú", "abc"], ["v1", 1, "j{}"]]);
    expect(parsed.snapshots).toEqual([]);
    expect(parsed.warning?.vi).toContain("bắt đầu lại");
    expect(parsed.warning?.en).toContain("starts again");
  });

  test("a row edited by hand is dropped, naming the row; the others are kept", () => {
    const rows: CellValue[][] = serializeSnapshots([snap(1), snap(2), snap(3)]);
    rows[2][2] = String(rows[2][2]).slice(0, 20);
    const parsed = parseSnapshots(rows);
    expect(parsed.snapshots.map((s) => s.warnings)).toEqual([1, 3]);
    expect(parsed.warning?.vi).toContain("dòng 3");
  });

  test("valid JSON of the wrong shape is not accepted", () => {
    const rows: CellValue[][] = [[HEADER_MARKER, ""], ["v1", "1", 'j{"v":1,"t":"x","i":{},"u":[["CT"]],"e":0,"w":0,"m":0}']];
    const parsed = parseSnapshots(rows);
    expect(parsed.snapshots).toEqual([]);
    expect(parsed.warning?.vi).toContain("bắt đầu lại");
  });

  test("missing chunk cells or a wrong count are rejected", () => {
    const rows: CellValue[][] = serializeSnapshots([snap(1)]);
    rows[1][1] = "3";
    expect(parseSnapshots(rows).snapshots).toEqual([]);
  });
});
