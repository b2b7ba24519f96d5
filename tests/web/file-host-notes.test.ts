import { FileHost } from "../../src/web/file-host";
import { CHART_SHEET_NAME, sampleWithChartSheet } from "./chart-sheet-workbook";
import { readWorkbookPart } from "../../src/xlsx/package/workbook-part";
import { openZipPackage } from "../../src/xlsx/package/zip-package";
import { FIXED_NOW, sampleSource, source } from "./helpers";

const newHost = () => new FileHost({ now: () => FIXED_NOW });

describe("FileHost: notes about the downloaded copy", () => {
  it("carries the officer's chart sheet over into the copy, with nothing to warn about", async () => {
    const host = newHost();
    await host.open(source("so lieu khoi.xlsx", await sampleWithChartSheet()));
    const outcome = await host.recalculate({ lang: "vi" });
    expect(outcome.status).toBe("ranked");
    // While the copy is being written there is nothing to say yet.
    expect(host.getSnapshot().result!.notes).toEqual([]);

    await host.whenWritten();
    const { notes, bytes } = host.getSnapshot().result!;
    expect(bytes).not.toBeNull();
    expect(notes).toEqual([]);
    // Chart sheets are not in the grid (no cells): read the copy's sheet list itself.
    expect(readWorkbookPart(openZipPackage(bytes!, "copy"), "copy").sheets.map((s) => s.name)).toContain(CHART_SHEET_NAME);
  });

  it("has no notes for a workbook the copy carries over whole", async () => {
    const host = newHost();
    await host.open(sampleSource());
    await host.recalculate({ lang: "en" });
    await host.whenWritten();
    expect(host.getSnapshot().result!.notes).toEqual([]);
  });
});
