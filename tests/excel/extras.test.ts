import { formatInput } from "../../src/scoring/number-display";
import { calculateWithExtras } from "../../src/workbook/extras/extras";
import { CHART_SHEET } from "../../src/workbook/extras/chart-sheet";
import { HISTORY_DATA_SHEET, HISTORY_SHEET } from "../../src/workbook/history/history-names";
import { parseSnapshots } from "../../src/workbook/history/storage";
import { OUTPUT_SHEETS } from "../../src/workbook/output-sheets/output-names";
import { MEETING_SHEETS } from "../../src/workbook/meeting/render-meeting-names";
import { FakeExcel } from "../fakes/fake-excel";
import type { WorkbookGrid } from "../../src/workbook/grid";
import { asRead, hostFor, NOW, sampleExcel, sampleSeed } from "./helpers";

const EXTRA_SHEETS = [MEETING_SHEETS.summary.vi, MEETING_SHEETS.awards.vi, CHART_SHEET.vi, HISTORY_SHEET.vi];

/** The Chỉ tiêu cell of the first target's column `header`, found by its header (rows are never addressed by position). */
function targetCell(fake: FakeExcel, header: string): { address: string; value: number } {
  const rows = fake.values("Chỉ tiêu");
  const headerRow = rows.findIndex((row) => row.includes(header));
  const col = rows[headerRow].indexOf(header);
  return { address: `${String.fromCharCode(65 + col)}${headerRow + 2}`, value: rows[headerRow + 1][col] as number };
}

/** The grid the command line would read from the cells Excel holds (typed "1" is the number 1 there), rows from A1. */
function cellsGrid(fake: FakeExcel): WorkbookGrid {
  return { sheets: fake.sheetNames().map((name) => ({ name, rows: fake.values(name).map((r) => r.map((v) => (v === "" ? null : v))), originRow: 1, originCol: 1 })) };
}

function storedHistory(fake: FakeExcel) {
  return parseSnapshots(fake.values(HISTORY_DATA_SHEET));
}

describe("recalculating in Excel writes the extra program sheets", () => {
  it("writes summary, award proposal, chart and history as the command line renders them, still in 2 syncs and one chunk", async () => {
    const fake = sampleExcel();
    const grid = cellsGrid(fake);
    const outcome = await hostFor(fake).recalculate({ lang: "vi" });
    expect(outcome.status).toBe("ranked");
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(outcome.stats.chunks).toBe(1);
    const expected = calculateWithExtras(grid, { lang: "vi", now: NOW }).extras;
    for (const sheet of [expected.summary!, expected.awards!, expected.chart!.sheet, expected.history]) {
      expect(fake.values(sheet.name)).toEqual(asRead(sheet.values));
      expect(fake.formats(sheet.name)).toEqual(sheet.numberFormats);
    }
    expect(outcome.extras).toEqual(expected);
  });

  it("lays the meeting documents out with their table ending before the signature block and the merged lines", async () => {
    const fake = sampleExcel();
    const outcome = await hostFor(fake).recalculate({ lang: "vi" });
    const summary = outcome.extras!.summary!;
    const table = fake.model.tables.find((t) => t.sheet.name === summary.name)!;
    expect(table.rect.row).toBe(summary.headerRow);
    expect(table.rect.row + table.rect.rows - 1).toBe(summary.tableEndRow);
    const sheet = fake.sheet(summary.name)!;
    expect(sheet.merges).toHaveLength(summary.merges!.length);
    expect(sheet.style(0, 0).horizontalAlignment).toBe("Center");
  });

  it("keeps the history in a hidden sheet that is never activated and reads back as this calculation", async () => {
    const fake = sampleExcel();
    const outcome = await hostFor(fake, { activateResult: true }).recalculate({ lang: "vi" });
    expect(fake.sheet(HISTORY_DATA_SHEET)!.visibility).toBe("Hidden");
    expect(fake.sheet(HISTORY_SHEET.vi)!.visibility).toBe("Visible");
    expect(fake.model.sheetById(fake.model.activeSheetId!)!.name).toBe(OUTPUT_SHEETS.ranking.vi);
    const stored = storedHistory(fake);
    expect(stored.warning).toBeNull();
    expect(stored.snapshots).toEqual(outcome.extras!.snapshots);
    expect(outcome.extras!.comparison).toBeNull();
  });

  it("compares with the previous calculation after the officer edits Chỉ tiêu, reading the history in the one read sync", async () => {
    const fake = sampleExcel();
    const host = hostFor(fake);
    const first = await host.recalculate({ lang: "vi" });
    const actual = targetCell(fake, "Thực hiện");
    const edited = actual.value * 2;
    fake.userEdit("Chỉ tiêu", actual.address, [[edited]]);
    const syncsBefore = fake.stats.syncs;
    const second = await host.recalculate({ lang: "vi" });
    expect(fake.stats.syncs - syncsBefore).toBe(2);

    const comparison = second.extras!.comparison!;
    expect(comparison.changes).toHaveLength(1);
    const change = comparison.changes[0];
    expect(change).toMatchObject({ sheet: "Chỉ tiêu", cell: actual.address, before: actual.value, after: edited });
    const member = first.calculation!.result.units.find((u) => u.code === change.memberCode)!;
    const after = second.calculation!.result.units.find((u) => u.code === change.memberCode)!;
    expect(comparison.effects[0]).toMatchObject({
      code: member.code,
      totalBefore: member.total,
      totalAfter: after.total,
      pointsDelta: after.total - member.total,
      rankBefore: member.rank,
      rankAfter: after.rank,
      indirect: false,
    });
    const line = comparison.lines.find((l) => l.vi.includes(`Chỉ tiêu!${actual.address}`))!;
    expect(line.vi).toContain(`${formatInput(actual.value, "vi")} → ${formatInput(edited, "vi")}`);
    expect(line.vi).toContain(member.name);
    // The visible history shows the same lines to the officer.
    expect(fake.values(HISTORY_SHEET.vi).flat()).toContain(line.vi);
    expect(storedHistory(fake).snapshots).toHaveLength(2);
  });

  it("when errors block the ranking keeps the old summary, award proposal and chart, and still records the calculation", async () => {
    const fake = sampleExcel();
    const host = hostFor(fake);
    await host.recalculate({ lang: "vi" });
    const kept = EXTRA_SHEETS.slice(0, 3).map((name) => ({ name, values: fake.values(name), sheet: fake.sheet(name)! }));
    const chart = fake.sheet(CHART_SHEET.vi)!.charts[0];
    const plan = targetCell(fake, "Kế hoạch");
    fake.userEdit("Chỉ tiêu", plan.address, [["không rõ"]]);

    const blocked = await host.recalculate({ lang: "vi" });
    expect(blocked.status).toBe("blocked");
    for (const sheet of kept) {
      expect(fake.sheet(sheet.name)).toBe(sheet.sheet);
      expect(fake.values(sheet.name)).toEqual(sheet.values);
    }
    expect(fake.sheet(CHART_SHEET.vi)!.charts).toEqual([chart]);
    expect(blocked.extras).toMatchObject({ summary: null, awards: null, chart: null });
    const history = storedHistory(fake).snapshots;
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({ units: [], membersRanked: 0 });
    expect(history[1].errors).toBeGreaterThan(0);
    expect(fake.values(HISTORY_SHEET.vi)).toEqual(asRead(blocked.extras!.history.values));
    expect(fake.sheet(HISTORY_DATA_SHEET)!.visibility).toBe("Hidden");
  });

  it("never touches an input sheet, ranked or blocked", async () => {
    const fake = sampleExcel();
    const host = hostFor(fake);
    await host.recalculate({ lang: "vi" });
    fake.userEdit("Chỉ tiêu", targetCell(fake, "Kế hoạch").address, [["không rõ"]]);
    const inputs = sampleSeed().sheets.map((s) => s.name);
    for (const name of inputs) fake.sheet(name)!.writeLog.length = 0;
    const before = inputs.map((name) => ({ name, values: fake.values(name), formats: fake.formats(name) }));
    await host.recalculate({ lang: "vi" });
    await host.recalculate({ lang: "en" });
    for (const sheet of before) {
      expect(fake.values(sheet.name)).toEqual(sheet.values);
      expect(fake.formats(sheet.name)).toEqual(sheet.formats);
      expect(fake.sheet(sheet.name)!.writeLog).toEqual([]);
    }
  });

  it("gives a new table another name when the officer already has a table of that name, instead of failing", async () => {
    const seed = sampleSeed();
    const fake = new FakeExcel({ sheets: [...seed.sheets, { name: "Ghi chép", rows: [["Tiêu đề"], ["x"]] }] });
    const context = fake.context();
    context.workbook.worksheets.getItem("Ghi chép").tables.add("A1:A2", true).name = "BieuDo";
    await context.sync();
    const outcome = await hostFor(fake).recalculate({ lang: "vi" });
    expect(outcome.status).toBe("ranked");
    expect(fake.model.tables.find((t) => t.name === "BieuDo")!.sheet.name).toBe("Ghi chép");
    expect(fake.model.tables.find((t) => t.sheet.name === CHART_SHEET.vi)!.name).toBe("BieuDo_2");
  });
});

describe("the native chart on the Biểu đồ sheet", () => {
  it("is a titled clustered column chart of each member's percent, with the thresholds as lines, below its table", async () => {
    const fake = sampleExcel({ apiVersion: "1.14" });
    const outcome = await hostFor(fake).recalculate({ lang: "en" });
    const chart = outcome.extras!.chart!;
    const header = chart.sheet.headerRow + 1;
    const first = chart.firstDataRow + 1;
    const last = chart.lastDataRow + 1;
    const sheet = fake.sheet(CHART_SHEET.vi)!;
    expect(sheet.charts).toHaveLength(1);
    const xl = sheet.charts[0];
    expect(xl).toMatchObject({ type: "ColumnClustered", source: `'${CHART_SHEET.vi}'!C${header}:D${last}`, title: chart.data.title.en });
    expect(xl.valueAxis).toEqual({ minimum: chart.data.axisMin, maximum: chart.data.axisMax });
    expect(xl.position!.start).toBe(`A${chart.pictureRow + 1}`);
    expect(xl.series[0]).toMatchObject({ chartType: null, values: `'${CHART_SHEET.vi}'!D${first}:D${last}` });
    // One line per threshold inside the value axis (chart-data.ts), from its column of the table.
    const lines = xl.series.slice(1);
    const shown = chart.data.thresholds.flatMap((t, i) => (t.shown ? [{ t, i }] : []));
    expect(shown.length).toBeGreaterThan(0);
    expect(lines).toHaveLength(shown.length);
    lines.forEach((line, k) => {
      const { t, i } = shown[k];
      const column = String.fromCharCode(65 + chart.sheet.values[0].length - chart.data.thresholds.length + i);
      expect(line).toMatchObject({ chartType: "Line", values: `'${CHART_SHEET.vi}'!${column}${first}:${column}${last}`, xValues: `'${CHART_SHEET.vi}'!C${first}:C${last}` });
      expect(line.name).toContain(t.label.en);
    });
  });

  it.each(["1.4", "1.6"])("on ExcelApi %s (no series chart types) still draws the bars, without threshold lines, and ranks", async (apiVersion) => {
    const fake = sampleExcel({ apiVersion });
    const outcome = await hostFor(fake).recalculate({ lang: "vi" });
    expect(outcome.status).toBe("ranked");
    const [xl] = fake.sheet(CHART_SHEET.vi)!.charts;
    expect(xl.type).toBe("ColumnClustered");
    expect(xl.series.map((s) => s.chartType)).toEqual([null]);
  });

  it("is replaced, not stacked, on the next calculation", async () => {
    const fake = sampleExcel();
    const host = hostFor(fake);
    await host.recalculate({ lang: "vi" });
    await host.recalculate({ lang: "vi" });
    expect(fake.model.sheets.filter((s) => s.name === CHART_SHEET.vi)).toHaveLength(1);
    expect(fake.sheet(CHART_SHEET.vi)!.charts).toHaveLength(1);
  });
});
