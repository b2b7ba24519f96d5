import ExcelJS from "exceljs";
import { FileHost } from "../../src/web/file-host";
import { CHART_SHEET_NAME, sampleWithChartSheet } from "./chart-sheet-workbook";
import { FIXED_NOW, sampleSource, source } from "./helpers";

const newHost = () => new FileHost({ loadExcel: async () => ExcelJS, now: () => FIXED_NOW });

describe("FileHost: notes about the downloaded copy", () => {
  it("says, once the copy is written, that it lacks the officer's chart sheet, which the opened file keeps", async () => {
    const host = newHost();
    await host.open(source("so lieu khoi.xlsx", await sampleWithChartSheet()));
    const outcome = await host.recalculate({ lang: "vi" });
    expect(outcome.status).toBe("ranked");
    // While the copy is being written there is nothing to say yet.
    expect(host.getSnapshot().result!.notes).toEqual([]);

    await host.whenWritten();
    const { notes, bytes } = host.getSnapshot().result!;
    expect(bytes).not.toBeNull();
    expect(notes).toHaveLength(1);
    expect(notes[0].vi).toMatch(new RegExp(`không có trang biểu đồ '${CHART_SHEET_NAME}'.*so lieu khoi\\.xlsx vẫn còn nguyên`));
    expect(notes[0].en).toMatch(new RegExp(`does not have chart sheet '${CHART_SHEET_NAME}'.*so lieu khoi\\.xlsx still has them`));
  });

  it("has no notes for a workbook the copy carries over whole", async () => {
    const host = newHost();
    await host.open(sampleSource());
    await host.recalculate({ lang: "en" });
    await host.whenWritten();
    expect(host.getSnapshot().result!.notes).toEqual([]);
  });
});
