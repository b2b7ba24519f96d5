/** @jest-environment jsdom */
import { OUTPUT_SHEETS } from "../../src/workbook/output-sheets/output-names";
import { recalculateFromRibbon, storedLang } from "../../src/commands/recalculate-command";
import type { CalculationHost } from "../../src/workbook/host/host";
import { installFakeOffice, type InstalledFakeOffice } from "../fakes/fake-excel";
import { sampleSeed, seedGrid } from "./helpers";
import { calculate } from "../../src/workbook/calculate";

async function loadCommands(): Promise<void> {
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
  });
  await Promise.resolve();
}

describe("the Tính lại xếp hạng ribbon command", () => {
  let office: InstalledFakeOffice;
  afterEach(() => {
    office.uninstall();
    window.localStorage.clear();
  });

  it("registers 'recalculate', ranks in the language the task pane stored, shows Xếp hạng and completes the event", async () => {
    office = installFakeOffice(sampleSeed());
    window.localStorage.setItem("ktd.lang", "en");
    await loadCommands();
    const completed = jest.fn();
    await office.actions.get("recalculate")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    const { excel } = office;
    expect(excel.model.sheetById(excel.model.activeSheetId!)!.name).toBe(OUTPUT_SHEETS.ranking.vi);
    const english = calculate(seedGrid(sampleSeed()), { lang: "en", now: new Date() }).outputs.ranking!;
    const vietnamese = calculate(seedGrid(sampleSeed()), { lang: "vi", now: new Date() }).outputs.ranking!;
    expect(english.values[english.headerRow]).not.toEqual(vietnamese.values[vietnamese.headerRow]);
    expect(excel.values(OUTPUT_SHEETS.ranking.vi)[english.headerRow]).toEqual(english.values[english.headerRow]);
  });

  it("shows Kiểm tra when errors block the ranking", async () => {
    office = installFakeOffice({ sheets: [{ name: "Đơn vị", rows: [["Mã đơn vị", "Tên đơn vị"]] }] });
    await loadCommands();
    const completed = jest.fn();
    await office.actions.get("recalculate")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(office.excel.model.sheetById(office.excel.model.activeSheetId!)!.name).toBe(OUTPUT_SHEETS.checks.vi);
  });

  it("never throws and still completes the event when the host fails", async () => {
    office = installFakeOffice({ sheets: [] });
    const host: CalculationHost = { kind: "excel", recalculate: () => Promise.reject(new Error("boom")) };
    const completed = jest.fn();
    await expect(recalculateFromRibbon({ completed }, host, null)).resolves.toBeNull();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("defaults to Vietnamese when nothing (or something odd) is stored or storage is blocked", () => {
    office = installFakeOffice({ sheets: [] });
    expect(storedLang(null)).toBe("vi");
    expect(storedLang({ getItem: () => "fr" })).toBe("vi");
    expect(storedLang({ getItem: () => { throw new Error("blocked"); } })).toBe("vi");
    expect(storedLang({ getItem: () => "en" })).toBe("en");
  });
});
