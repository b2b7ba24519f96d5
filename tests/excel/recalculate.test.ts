import { calculate } from "../../src/workbook/calculate";
import { HISTORY_DATA_SHEET } from "../../src/workbook/history/history-names";
import { OUTPUT_SHEETS } from "../../src/workbook/output-sheets/output-names";
import { PROGRAM_SHEET_ORDER } from "../../src/workbook/output-sheets/program-sheets";
import { FakeExcel } from "../fakes/fake-excel";
import { asRead, hostFor, NOW, sampleExcel, sampleSeed, seedGrid } from "./helpers";

describe("recalculating the Khối 17 sample in Excel", () => {
  it("reads and writes in at most 2 syncs", async () => {
    const fake = sampleExcel();
    const outcome = await hostFor(fake).recalculate({ lang: "vi" });
    expect(outcome.status).toBe("ranked");
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(outcome.stats.syncs).toBe(fake.stats.syncs);
    expect(outcome.stats.chunks).toBe(1);
    expect(fake.stats.runs).toEqual([{ delayForCellEdit: true }]);
  });

  it("writes the same output sheets as calculate() on the same cells (what the command line writes)", async () => {
    const fake = sampleExcel();
    await hostFor(fake).recalculate({ lang: "vi" });
    const expected = calculate(seedGrid(sampleSeed()), { lang: "vi", now: NOW }).outputs;
    for (const sheet of [expected.ranking!, expected.breakdown!, expected.checks]) {
      expect(fake.values(sheet.name)).toEqual(asRead(sheet.values));
      expect(fake.formats(sheet.name)).toEqual(sheet.numberFormats);
    }
    // The officer's sheets first, then the program's in the order the command line places them.
    expect(fake.sheetNames()).toEqual([...sampleSeed().sheets.map((s) => s.name), ...PROGRAM_SHEET_ORDER.map((n) => n.vi)]);
  });

  it("never touches an input sheet", async () => {
    const fake = sampleExcel();
    const before = sampleSeed().sheets.map((s) => ({ name: s.name, values: fake.values(s.name), formats: fake.formats(s.name) }));
    const host = hostFor(fake);
    await host.recalculate({ lang: "vi" });
    await host.recalculate({ lang: "en" });
    for (const sheet of before) {
      expect(fake.values(sheet.name)).toEqual(sheet.values);
      expect(fake.formats(sheet.name)).toEqual(sheet.formats);
      expect(fake.sheet(sheet.name)!.writeLog).toEqual([]);
    }
  });

  it("replaces the output sheets on the next run, with one read sync once the workbook's shape is known", async () => {
    const fake = sampleExcel();
    const host = hostFor(fake);
    await host.recalculate({ lang: "vi" });
    const syncsBefore = fake.stats.syncs;
    const second = await host.recalculate({ lang: "vi" });
    expect(second.status).toBe("ranked");
    expect(fake.stats.syncs - syncsBefore).toBe(2);
    expect(fake.sheetNames().filter((n) => n === OUTPUT_SHEETS.ranking.vi)).toHaveLength(1);
    // One table per program sheet, none on the hidden history data, none left over from the first run.
    const tabled = PROGRAM_SHEET_ORDER.map((n) => n.vi).filter((name) => name !== HISTORY_DATA_SHEET);
    expect(fake.model.tables.map((t) => t.sheet.name).sort()).toEqual([...tabled].sort());
  });

  it("keeps the previous Xếp hạng when errors block the ranking and replaces only Kiểm tra", async () => {
    const fake = sampleExcel();
    const host = hostFor(fake);
    await host.recalculate({ lang: "vi" });
    const ranking = fake.values(OUTPUT_SHEETS.ranking.vi);
    const breakdown = fake.values(OUTPUT_SHEETS.breakdown.vi);
    // Break a plan: the plan column of the first target row becomes text that is not a number.
    const targets = fake.values("Chỉ tiêu");
    const header = targets.findIndex((row) => row.includes("Kế hoạch"));
    const planCol = targets[header].indexOf("Kế hoạch");
    fake.userEdit("Chỉ tiêu", `${String.fromCharCode(65 + planCol)}${header + 2}`, [["không rõ"]]);

    const outcome = await host.recalculate({ lang: "vi" });
    expect(outcome.status).toBe("blocked");
    expect(fake.values(OUTPUT_SHEETS.ranking.vi)).toEqual(ranking);
    expect(fake.values(OUTPUT_SHEETS.breakdown.vi)).toEqual(breakdown);
    expect(fake.values(OUTPUT_SHEETS.checks.vi)).toEqual(asRead(outcome.calculation!.outputs.checks.values));
  });

  it("reports an Excel failure as a failed outcome with a message in both languages, never a throw", async () => {
    const fake = sampleExcel({ payloadLimitBytes: 2000 });
    const outcome = await hostFor(fake).recalculate({ lang: "vi" });
    expect(outcome.status).toBe("failed");
    expect(outcome.error!.vi).toMatch(/5 MB/);
    expect(outcome.error!.en).toMatch(/5 MB/);
  });

  it("reports progress through the phases in order", async () => {
    const phases: string[] = [];
    await hostFor(sampleExcel()).recalculate({ lang: "vi", onProgress: (p) => phases.push(p) });
    expect(phases).toEqual(["reading", "scoring", "writing", "done"]);
  });

  it("activates the result sheet only when asked (the ribbon command)", async () => {
    const quiet = sampleExcel();
    await hostFor(quiet).recalculate({ lang: "vi" });
    expect(quiet.model.sheetById(quiet.model.activeSheetId!)!.name).toBe(sampleSeed().sheets[0].name);
    const shown = sampleExcel();
    await hostFor(shown, { activateResult: true }).recalculate({ lang: "vi" });
    expect(shown.model.sheetById(shown.model.activeSheetId!)!.name).toBe(OUTPUT_SHEETS.ranking.vi);
  });

  it("runs one calculation at a time: requests during a run merge into one more run", async () => {
    const fake = sampleExcel();
    const host = hostFor(fake);
    const results = await Promise.all([host.recalculate({ lang: "vi" }), host.recalculate({ lang: "vi" }), host.recalculate({ lang: "en" })]);
    expect(fake.stats.runs).toHaveLength(2);
    expect(results[1]).toBe(results[2]);
    expect(fake.sheetNames().filter((n) => n === OUTPUT_SHEETS.ranking.vi)).toHaveLength(1);
  });
});

describe("degrading on older Excel builds", () => {
  it.each(["1.4", "1.7", "1.9", "1.14"])("ranks on ExcelApi %s, using layout features only where supported", async (apiVersion) => {
    const fake = new FakeExcel(sampleSeed(), { apiVersion });
    const outcome = await hostFor(fake).recalculate({ lang: "vi" });
    expect(outcome.status).toBe("ranked");
    const ranking = fake.sheet(OUTPUT_SHEETS.ranking.vi)!;
    const minor = Number(apiVersion.split(".")[1]);
    expect(ranking.frozenRows > 0).toBe(minor >= 7);
    expect(ranking.pageLayout.orientation === "Landscape").toBe(minor >= 9);
    expect(ranking.pageLayout.printTitleRows !== undefined).toBe(minor >= 9);
  });

  it("offers change events only from ExcelApi 1.7", () => {
    expect(hostFor(new FakeExcel(sampleSeed(), { apiVersion: "1.6" })).changes).toBeNull();
    expect(hostFor(new FakeExcel(sampleSeed(), { apiVersion: "1.7" })).changes?.supported).toBe(true);
  });
});
