import { calculateWithExtras } from "../../../src/workbook/extras/extras";
import { mergeSnapshots } from "../../../src/workbook/extras/carried-history";
import { CHART_SHEET } from "../../../src/workbook/extras/chart-sheet";
import { HISTORY_DATA_SHEET, HISTORY_SHEET } from "../../../src/workbook/history/history-names";
import type { CalculationSnapshot } from "../../../src/workbook/history/snapshot";
import { KB, sheet, workedExampleGrid } from "./grids";

const NINE = new Date(2025, 2, 5, 9, 0);
const TEN = new Date(2025, 2, 5, 10, 0);

function snapshot(time: string, actual: number): CalculationSnapshot {
  return { version: 1, time, inputs: { "Chỉ tiêu!F13": actual }, units: [], errors: 0, warnings: 0, membersRanked: 0 };
}

describe("calculateWithExtras", () => {
  const first = calculateWithExtras(workedExampleGrid(), { lang: "vi", now: NINE });

  it("keeps calculate()'s result and adds the meeting documents, chart and history of a first calculation", () => {
    expect(first.result.units.map((u) => u.code)).toEqual(["CT", "CV", "KB"]);
    expect(first.outputs.ranking?.name).toBe("Xếp hạng");
    const { extras } = first;
    expect(extras.summary?.values[extras.summary.titleRows[0]][0]).toBe("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2018");
    expect(extras.awards?.values[extras.awards.titleRows[0]][0]).toBe("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
    expect(extras.chart?.sheet.name).toBe(CHART_SHEET.vi);
    expect(extras.history.name).toBe(HISTORY_SHEET.vi);
    expect(extras.historyData.name).toBe(HISTORY_DATA_SHEET);
    expect(extras.snapshots).toHaveLength(1);
    expect(extras.comparison).toBeNull();
  });

  it("compares with the last calculation stored in the grid's hidden history sheet", () => {
    const amended = workedExampleGrid(100, [sheet(HISTORY_DATA_SHEET, first.extras.historyData.rows)]);
    const second = calculateWithExtras(amended, { lang: "en", now: TEN });
    expect(second.extras.snapshots).toHaveLength(2);
    expect(second.extras.comparison?.lines.map((l) => l.vi)).toEqual([`${KB}, Chỉ tiêu!F13: 99,6 → 100 ⇒ +0,28 điểm, giữ hạng 3`]);
    expect(second.extras.history.values.flat()).toContain(`${KB}, Chỉ tiêu!F13: 99.6 → 100 ⇒ +0.28 points, keeps rank 3`);
  });

  it("carries the history of another workbook forward and compares with its last calculation", () => {
    const second = calculateWithExtras(workedExampleGrid(100), { lang: "vi", now: TEN, carriedHistory: first.extras.snapshots });
    expect(second.extras.snapshots.map((s) => s.time)).toEqual([first.extras.snapshots[0].time, expect.any(String)]);
    expect(second.extras.comparison?.changes.map((c) => `${c.sheet}!${c.cell}`)).toEqual(["Chỉ tiêu!F13"]);
  });

  it("never takes the chart sheet's cells for inputs", () => {
    const chart = sheet(CHART_SHEET.vi, [["Hạng", "Tỷ lệ (%)"], [1, 103.7]]);
    const withChart = calculateWithExtras(workedExampleGrid(99.6, [chart]), { lang: "vi", now: NINE });
    expect(Object.keys(withChart.extras.snapshots[0].inputs).some((k) => k.startsWith(CHART_SHEET.vi))).toBe(false);
  });

  it("when blocked: no summary, proposal or chart (the old ones stay), but the history records the blocked calculation", () => {
    const blocked = calculateWithExtras(workedExampleGrid(99.6, [], 0), { lang: "vi", now: NINE });
    expect(blocked.result.blocked).toBe(true);
    expect([blocked.extras.summary, blocked.extras.awards, blocked.extras.chart]).toEqual([null, null, null]);
    expect(blocked.extras.snapshots[0].errors).toBeGreaterThan(0);
    expect(blocked.extras.history.values.flat()).toContain("Không xếp hạng được (còn lỗi)");
  });

  it("passes the Khối trưởng's signatory to the meeting documents", () => {
    const signed = calculateWithExtras(workedExampleGrid(), { lang: "vi", now: NINE, leaderName: "Nguyễn Văn A" });
    expect(signed.extras.summary?.values.flat()).toContain("Nguyễn Văn A");
  });
});

describe("mergeSnapshots", () => {
  it("orders both histories by time and keeps a calculation found in both once", () => {
    const a = snapshot("2025-03-05T09:00:00+07:00", 1);
    const b = snapshot("2025-03-05T08:00:00+07:00", 2);
    const c = snapshot("2025-03-05T10:00:00+07:00", 3);
    expect(mergeSnapshots([a, c], [b, a])).toEqual([b, a, c]);
  });

  it("compares times as instants, whatever the offset they were written with", () => {
    const hanoi = snapshot("2025-03-05T09:00:00+07:00", 1);
    const utc = snapshot("2025-03-05T02:30:00+00:00", 2); // 09:30 in Hà Nội: later, though "02:30" sorts first as text
    expect(mergeSnapshots([utc], [hanoi])).toEqual([hanoi, utc]);
  });
});
