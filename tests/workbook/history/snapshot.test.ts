import { snapshotFromCalculation, localIsoTime, displayTime } from "../../../src/workbook/history/snapshot";
import { parseSnapshots, serializeSnapshots } from "../../../src/workbook/history/storage";
import { calculation, inputGrid, rankedCalculation, sheet } from "./helpers";
import { blocResult, unitResult, CUC_THUE } from "../meeting/fixtures";

const now = new Date(2025, 2, 5, 14, 7, 9);

describe("snapshotFromCalculation", () => {
  const calc = rankedCalculation([
    { code: "CT", name: "Cục Thuế tỉnh", rank: 1, total: 363 },
    { code: "KB", name: "Kho bạc", rank: 2, total: 348.65 },
    { code: "X", name: "Không tham gia", rank: null, total: 0 },
  ]);

  test("keeps every non-empty input cell under Sheet!A1, with the sheet's origin", () => {
    const grid = inputGrid(99.6, [sheet("Ghi chép", [["x", null, ""], [null, 5, null]], 3, 2)]);
    const s = snapshotFromCalculation(grid, calc, now);
    expect(s.inputs["Đơn vị!A2"]).toBe("CT");
    expect(s.inputs["Chỉ tiêu!E6"]).toBe(99.6);
    expect(s.inputs["Ghi chép!B3"]).toBe("x");
    expect(s.inputs["Ghi chép!C4"]).toBe(5);
    expect("Ghi chép!D3" in s.inputs).toBe(false);
    expect("Chỉ tiêu!B1" in s.inputs).toBe(false);
  });

  test("leaves out the program's own sheets, in either language and any spelling", () => {
    const grid = inputGrid(99.6, [
      sheet("Xếp hạng", [["Hạng"]]),
      sheet("ranking", [["Rank"]]),
      sheet("Kiểm tra", [["Lỗi"]]),
      sheet("Chi tiết điểm", [["x"]]),
      sheet("_ktd_lich_su", [["ktd-lich-su"]]),
      sheet("Lịch sử tính điểm", [["x"]]),
      sheet("Bảng tổng hợp", [["x"]]),
      sheet("Đề nghị khen thưởng", [["x"]]),
    ]);
    const sheets = new Set(Object.keys(snapshotFromCalculation(grid, calc, now).inputs).map((k) => k.split("!")[0]));
    expect([...sheets]).toEqual(["Đơn vị", "Chỉ tiêu"]);
  });

  test("stores dates as ISO text, error values as their text, booleans as booleans", () => {
    const date = new Date(Date.UTC(2018, 11, 31));
    const grid = { sheets: [sheet("Cấu hình", [[date, { error: "#DIV/0!" }, true]])] };
    const s = snapshotFromCalculation(grid, calc, now);
    expect(s.inputs).toEqual({ "Cấu hình!A1": "2018-12-31T00:00:00.000Z", "Cấu hình!B1": "#DIV/0!", "Cấu hình!C1": true });
  });

  test("records the units, counts and the local time", () => {
    const s = snapshotFromCalculation(inputGrid(), calc, now);
    expect(s.version).toBe(1);
    expect(s.units.map((u) => [u.code, u.rank, u.total])).toEqual([
      ["CT", 1, 363],
      ["KB", 2, 348.65],
      ["X", null, 0],
    ]);
    expect(s.membersRanked).toBe(2);
    expect(new Date(s.time).getTime()).toBe(now.getTime());
    expect(displayTime(s.time)).toBe("05/03/2025 14:07");
  });

  test("lists the input cells sheet by sheet in the grid's order, a sheet named like a number too", () => {
    const grid = { sheets: [sheet("Đơn vị", [["CT"]]), sheet("2024", [[1, 2]]), sheet("Ghi!chú", [[null, "x"]])] };
    expect(Object.keys(snapshotFromCalculation(grid, calc, now).inputs)).toEqual(["Đơn vị!A1", "2024!A1", "2024!B1", "Ghi!chú!B1"]);
  });

  test("stores the same history row as a copy of the snapshot does (the grouped inputs it keeps are the flat ones)", () => {
    const grid = inputGrid(99.6, [
      sheet("2024", [["x", 5, true]], 2, 3),
      sheet("Ghi!chú", [['"trích"\n', 1.5e-7, -0, 1e21]]),
      sheet("7", [["$&"]]),
      sheet("01", [[false]]),
      sheet("4294967295", [["not an index"]]),
      sheet("__proto__", [["x"]]),
    ]);
    const s = snapshotFromCalculation(grid, calc, now);
    const copy = { ...s, inputs: { ...s.inputs } };
    expect(serializeSnapshots([s])).toEqual(serializeSnapshots([copy]));
    expect(parseSnapshots(serializeSnapshots([s])).snapshots[0].inputs).toEqual(JSON.parse(JSON.stringify(copy.inputs)));
  });

  test("two input sheets of the same name are stored as a copy of the snapshot stores them (one group)", () => {
    const s = snapshotFromCalculation({ sheets: [sheet("A", [["x", 1]]), sheet("A", [[null, 2], ["y"]])] }, calc, now);
    expect(s.inputs).toEqual({ "A!A1": "x", "A!B1": 2, "A!A2": "y" });
    expect(serializeSnapshots([s])).toEqual(serializeSnapshots([{ ...s, inputs: { ...s.inputs } }]));
  });

  test("a sheet named __proto__ is an input sheet like any other", () => {
    const s = snapshotFromCalculation({ sheets: [sheet("__proto__", [["x"]])] }, calc, now);
    expect(s.inputs).toEqual({ "__proto__!A1": "x" });
    expect(parseSnapshots(serializeSnapshots([s])).snapshots[0].inputs).toEqual({ "__proto__!A1": "x" });
    expect(({} as Record<string, unknown>)["A1"]).toBeUndefined();
  });

  test("counts errors and warnings; a blocked calculation has no units", () => {
    const result = blocResult([unitResult(CUC_THUE)], undefined, true);
    const issue = { sheet: "Chỉ tiêu", cell: "D3", code: "plan-zero" as const, message: { vi: "", en: "" } };
    result.issues = [
      { ...issue, severity: "error" },
      { ...issue, severity: "warning" },
      { ...issue, severity: "warning" },
    ];
    const s = snapshotFromCalculation(inputGrid(), calculation(result), now);
    expect([s.errors, s.warnings, s.membersRanked, s.units.length]).toEqual([1, 2, 0, 0]);
  });
});

describe("time texts", () => {
  test("localIsoTime writes the wall clock with its offset", () => {
    expect(localIsoTime(now)).toMatch(/^2025-03-05T14:07:09[+-]\d{2}:\d{2}$/);
  });

  test("displayTime reads the stored wall clock as written, whatever the machine's zone", () => {
    expect(displayTime("2025-03-01T09:30:00+07:00")).toBe("01/03/2025 09:30");
    expect(displayTime("garbage")).toBe("garbage");
  });
});
