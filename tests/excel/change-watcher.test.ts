import { CHART_SHEET } from "../../src/workbook/extras/chart-sheet";
import { HISTORY_SHEET } from "../../src/workbook/history/history-names";
import { OUTPUT_SHEETS } from "../../src/workbook/output-sheets/output-names";
import { MEETING_SHEETS } from "../../src/workbook/meeting/render-meeting-names";
import { FakeExcel } from "../fakes/fake-excel";
import { hostFor, sampleSeed } from "./helpers";

/** Let the fake deliver its events (microtasks) and the handlers' own batches run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe("change events", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it.each(["1.14", "1.7"])("on ExcelApi %s a burst of user edits to an input sheet notifies once, after the quiet time", async (apiVersion) => {
    const fake = new FakeExcel(sampleSeed(), { apiVersion });
    let clock = 0;
    const host = hostFor(fake, { clock: () => clock });
    const onInputChanged = jest.fn();
    await host.changes!.start(onInputChanged);
    clock = 10_000;
    fake.userEdit("Chỉ tiêu", "H3", [[100]]);
    fake.userEdit("Chỉ tiêu", "H4", [[101]]);
    await settle();
    jest.advanceTimersByTime(999);
    expect(onInputChanged).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(onInputChanged).toHaveBeenCalledTimes(1);
  });

  it.each(["1.14", "1.7"])("on ExcelApi %s the add-in's own writes never start a recalculation (no loop)", async (apiVersion) => {
    const fake = new FakeExcel(sampleSeed(), { apiVersion });
    let clock = 0;
    const host = hostFor(fake, { clock: () => clock });
    const onInputChanged = jest.fn(() => void host.recalculate({ lang: "vi" }));
    await host.changes!.start(onInputChanged);
    await host.recalculate({ lang: "vi" });
    await settle();
    clock += 5000;
    jest.advanceTimersByTime(5000);
    await settle();
    expect(onInputChanged).not.toHaveBeenCalled();
    expect(fake.stats.runs).toHaveLength(2); // start() + one recalculation
  });

  it.each(["1.14", "1.7"])("on ExcelApi %s an officer's edit right after a recalculation still counts (recalculation writes only program sheets)", async (apiVersion) => {
    const fake = new FakeExcel(sampleSeed(), { apiVersion });
    const clock = 0; // frozen: the edit lands inside any time-based grace period after the write
    const host = hostFor(fake, { clock: () => clock });
    const onInputChanged = jest.fn();
    await host.changes!.start(onInputChanged);
    await host.recalculate({ lang: "vi" });
    await settle();
    fake.userEdit("Chỉ tiêu", "H3", [[100]]);
    await settle();
    jest.advanceTimersByTime(1000);
    expect(onInputChanged).toHaveBeenCalledTimes(1);
  });

  it.each(["1.14", "1.7"])("on ExcelApi %s inserting the sample (the add-in writing input sheets) does not notify", async (apiVersion) => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1", rows: [] }, ...sampleSeed().sheets] }, { apiVersion });
    const host = hostFor(fake, { clock: () => 0 });
    const onInputChanged = jest.fn();
    await host.changes!.start(onInputChanged);
    await host.insertSample!({ overwrite: true });
    await settle();
    jest.advanceTimersByTime(2000);
    await settle();
    expect(onInputChanged).not.toHaveBeenCalled();
  });

  it.each([OUTPUT_SHEETS.ranking.vi, MEETING_SHEETS.summary.vi, CHART_SHEET.vi, HISTORY_SHEET.vi])("ignores edits the officer makes on the program's sheet %s", async (sheet) => {
    const fake = new FakeExcel(sampleSeed());
    const host = hostFor(fake, { clock: () => 0 });
    await host.recalculate({ lang: "vi" });
    const onInputChanged = jest.fn();
    await host.changes!.start(onInputChanged);
    fake.userEdit(sheet, "A5", [["sửa tay"]]);
    await settle();
    jest.advanceTimersByTime(2000);
    expect(onInputChanged).not.toHaveBeenCalled();
    expect(fake.sheet(sheet)!.changeHandlers).toHaveLength(0);
  });

  it("stops listening on stop()", async () => {
    const fake = new FakeExcel(sampleSeed());
    const host = hostFor(fake);
    const onInputChanged = jest.fn();
    await host.changes!.start(onInputChanged);
    await host.changes!.stop();
    expect(fake.sheet("Chỉ tiêu")!.changeHandlers).toHaveLength(0);
    fake.userEdit("Chỉ tiêu", "H3", [[100]]);
    await settle();
    jest.advanceTimersByTime(2000);
    expect(onInputChanged).not.toHaveBeenCalled();
  });
});
