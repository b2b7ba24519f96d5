import { OUTPUT_SHEETS } from "../../src/workbook/output-sheets/output-names";
import { FakeExcel, type FakeExcelOptions } from "../fakes/fake-excel";
import { hostFor, sampleSeed } from "./helpers";

const RANKING = OUTPUT_SHEETS.ranking.vi;

/** Let the fake deliver its events (microtasks) and the handlers' own batches run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 30; i++) await Promise.resolve();
}

/** A ranked sample workbook whose pane listens to selections. */
async function listening(options: FakeExcelOptions = {}) {
  const fake = new FakeExcel(sampleSeed(), options);
  const host = hostFor(fake);
  const outcome = await host.recalculate({ lang: "vi" });
  const onMember = jest.fn();
  await host.selection!.start(onMember);
  return { fake, host, outcome, onMember };
}

describe("selecting a member's row on Xếp hạng", () => {
  it("selecting B7 passes that row's Mã đơn vị: the fourth ranked member", async () => {
    const { fake, outcome, onMember } = await listening();
    const header = fake.values(RANKING)[2];
    const codeColumn = header.indexOf("Mã đơn vị");
    expect(codeColumn).toBeGreaterThanOrEqual(0);
    fake.userSelect(RANKING, "B7");
    await settle();
    expect(onMember).toHaveBeenCalledTimes(1);
    expect(onMember).toHaveBeenCalledWith(fake.values(RANKING)[6][codeColumn]);
    expect(onMember).toHaveBeenCalledWith(outcome.calculation!.result.units[3].code);
  });

  it("any cell of the row counts, and a range counts by its first row", async () => {
    const { fake, outcome, onMember } = await listening();
    const units = outcome.calculation!.result.units;
    fake.userSelect(RANKING, "K4");
    await settle();
    fake.userSelect(RANKING, "A5:N9");
    await settle();
    expect(onMember.mock.calls).toEqual([[units[0].code], [units[1].code]]);
  });

  it("reads the row in one batch of one sync, loading only the first rows and the selected row", async () => {
    const { fake, onMember } = await listening();
    const runs = fake.stats.runs.length;
    const syncs = fake.stats.syncs;
    fake.userSelect(RANKING, "C8");
    await settle();
    expect(onMember).toHaveBeenCalledTimes(1);
    expect(fake.stats.runs.length - runs).toBe(1);
    expect(fake.stats.syncs - syncs).toBe(1);
  });

  it.each([
    ["the title", "A1"],
    ["the time of calculation", "B2"],
    ["the header", "B3"],
    ["an empty row under the table", "B40"],
    ["a whole column", "B:B"],
  ])("ignores %s (%s)", async (_what, address) => {
    const { fake, onMember } = await listening();
    fake.userSelect(RANKING, address);
    await settle();
    expect(onMember).not.toHaveBeenCalled();
  });

  it("ignores a row whose Mã đơn vị the officer emptied", async () => {
    const { fake, onMember } = await listening();
    const codeColumn = fake.values(RANKING)[2].indexOf("Mã đơn vị");
    fake.userEdit(RANKING, `${String.fromCharCode(65 + codeColumn)}7`, [[""]]);
    fake.userSelect(RANKING, "A7");
    await settle();
    expect(onMember).not.toHaveBeenCalled();
  });

  it("finds the code column by its header when the officer inserted rows and moved columns", async () => {
    const fake = new FakeExcel({
      sheets: [
        {
          name: RANKING,
          rows: [["Ghi chú của văn phòng"], [], [], ["", "Tên đơn vị", "Hạng", "Mã đơn vị"], ["", "Cục Thuế", 1, "CT"], ["", "Cảng vụ", 2, "CV"]],
        },
      ],
    });
    const host = hostFor(fake);
    const onMember = jest.fn();
    await host.selection!.start(onMember);
    fake.userSelect(RANKING, "B6");
    await settle();
    fake.userSelect(RANKING, "D4");
    await settle();
    expect(onMember.mock.calls).toEqual([["CV"]]);
  });

  it("ignores selections on every other sheet", async () => {
    const { fake, onMember } = await listening();
    fake.userSelect("Chỉ tiêu", "B7");
    fake.userSelect("Chi tiết điểm", "B7");
    await settle();
    expect(onMember).not.toHaveBeenCalled();
    expect(fake.sheet("Chỉ tiêu")!.selectionHandlers).toHaveLength(0);
  });

  it("after arrow keys move through several rows, reads only where the officer stopped", async () => {
    const { fake, outcome, onMember } = await listening();
    fake.userSelect(RANKING, "B4");
    fake.userSelect(RANKING, "B5");
    fake.userSelect(RANKING, "B6");
    await settle();
    expect(onMember.mock.calls.at(-1)).toEqual([outcome.calculation!.result.units[2].code]);
    expect(onMember.mock.calls.length).toBeLessThan(3);
  });

  it("keeps listening after a recalculation replaced the sheet, with exactly one workbook-wide handler (ExcelApi 1.9)", async () => {
    const { fake, host, outcome, onMember } = await listening();
    const before = fake.sheet(RANKING)!;
    await host.recalculate({ lang: "vi" });
    const after = fake.sheet(RANKING)!;
    expect(after).not.toBe(before);
    expect(fake.model.selectionHandlers).toHaveLength(1);
    expect(after.selectionHandlers).toHaveLength(0);
    fake.userSelect(RANKING, "B4");
    await settle();
    expect(onMember).toHaveBeenCalledWith(outcome.calculation!.result.units[0].code);
  });

  it("a recalculation while listening costs its read and its write: 2 round trips in all", async () => {
    const { fake, host } = await listening();
    const runs = fake.stats.runs.length;
    const syncs = fake.stats.syncs;
    const outcome = await host.recalculate({ lang: "vi" });
    await settle();
    expect(outcome.status).toBe("ranked");
    expect(fake.stats.syncs - syncs).toBe(2);
    expect(fake.stats.runs.length - runs).toBe(1);
  });

  it("on ExcelApi 1.7 the handler sits on Xếp hạng and moves to the new sheet after a recalculation", async () => {
    const { fake, host, outcome, onMember } = await listening({ apiVersion: "1.7" });
    expect(fake.model.selectionHandlers).toHaveLength(0);
    await host.recalculate({ lang: "vi" });
    expect(fake.sheet(RANKING)!.selectionHandlers).toHaveLength(1);
    fake.userSelect(RANKING, "B4");
    await settle();
    expect(onMember).toHaveBeenCalledWith(outcome.calculation!.result.units[0].code);
  });

  it("starts quietly when Xếp hạng is absent and listens once a recalculation writes it", async () => {
    const fake = new FakeExcel(sampleSeed());
    const host = hostFor(fake);
    const onMember = jest.fn();
    await expect(host.selection!.start(onMember)).resolves.toBeUndefined();
    const outcome = await host.recalculate({ lang: "vi" });
    fake.userSelect(RANKING, "B5");
    await settle();
    expect(onMember).toHaveBeenCalledWith(outcome.calculation!.result.units[1].code);
  });

  it("stop() removes the handler; no further reads or calls", async () => {
    const { fake, host, onMember } = await listening();
    await host.selection!.stop();
    expect(fake.model.selectionHandlers).toHaveLength(0);
    expect(fake.sheet(RANKING)!.selectionHandlers).toHaveLength(0);
    const runs = fake.stats.runs.length;
    fake.userSelect(RANKING, "B7");
    await settle();
    await host.recalculate({ lang: "vi" });
    expect(fake.sheet(RANKING)!.selectionHandlers).toHaveLength(0);
    expect(onMember).not.toHaveBeenCalled();
    expect(fake.stats.runs.length - runs).toBe(1); // the recalculation only
  });

  it("is unsupported on ExcelApi 1.4 (no selection events): the port is null", async () => {
    const fake = new FakeExcel(sampleSeed(), { apiVersion: "1.4" });
    expect(hostFor(fake).selection).toBeNull();
    expect(hostFor(new FakeExcel(sampleSeed(), { apiVersion: "1.7" })).selection?.supported).toBe(true);
  });

  it("works with Office builds that throw on calls chained to a null object", async () => {
    const { fake, outcome, onMember } = await listening({ nullObjects: "throw" });
    fake.userSelect(RANKING, "B4");
    await settle();
    expect(onMember).toHaveBeenCalledWith(outcome.calculation!.result.units[0].code);
  });
});
