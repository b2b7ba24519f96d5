import { FakeExcel } from "../fakes/fake-excel";
import { hostFor, sampleExcel, sampleSeed } from "./helpers";

/** The printed documents' formats reach Excel in the write's own batches: fonts, heights, margins, page breaks. */
describe("print formats in Excel", () => {
  it("sets the meeting documents in Times New Roman with the convention's sizes, still in 2 syncs", async () => {
    const fake = sampleExcel();
    const outcome = await hostFor(fake).recalculate({ lang: "vi" });
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    const summary = outcome.extras!.summary!;
    const sheet = fake.sheet(summary.name)!;
    const at = (text: string) => {
      const r = summary.values.findIndex((row) => row.includes(text));
      return sheet.style(r, summary.values[r].indexOf(text));
    };
    expect(at("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toMatchObject({ fontName: "Times New Roman", fontSize: 12, bold: true });
    expect(at("Độc lập - Tự do - Hạnh phúc")).toMatchObject({ fontSize: 13, bold: true, underline: "Single" });
    expect(at("TM. KHỐI THI ĐUA")).toMatchObject({ fontSize: 13, bold: true });
    expect(sheet.style(summary.headerRow + 1, 1)).toMatchObject({ fontName: "Times New Roman", fontSize: 12 });
    // The title keeps its 14 pt: the default 14 pt bold of title rows is not laid over the sheet's own fonts.
    expect(sheet.style(summary.titleRows[0], 0)).toMatchObject({ fontSize: 14, bold: true });
  });

  it("gives the signing space its height, the margins of Nghị định 30 in points, and repeats only the table header", async () => {
    const fake = sampleExcel();
    const outcome = await hostFor(fake).recalculate({ lang: "vi" });
    const awards = outcome.extras!.awards!;
    const sheet = fake.sheet(awards.name)!;
    for (const { row, points } of awards.rowHeights!) expect(sheet.rowHeights.get(row)).toBe(points);
    expect(sheet.pageLayout.margins).toEqual({ top: 56.69, bottom: 56.69, left: 85.04, right: 42.52, header: 22.68, footer: 22.68 });
    expect(sheet.pageLayout.centerHorizontally).toBe(true);
    expect(sheet.pageLayout.printTitleRows).toBe(`$${awards.headerRow + 1}:$${awards.headerRow + 1}`);
  });

  it("breaks Chi tiết điểm's pages where the rendering says (each member on its own pages)", async () => {
    const fake = sampleExcel();
    const outcome = await hostFor(fake).recalculate({ lang: "vi" });
    const breakdown = outcome.calculation!.outputs.breakdown!;
    expect(breakdown.rowBreaks!.length).toBeGreaterThan(0);
    expect(fake.sheet(breakdown.name)!.pageBreaks).toEqual(breakdown.rowBreaks);
  });

  it("on ExcelApi 1.4 (no pageLayout) writes the fonts and heights and skips margins and breaks without failing", async () => {
    const fake = new FakeExcel(sampleSeed(), { apiVersion: "1.4" });
    const outcome = await hostFor(fake).recalculate({ lang: "vi" });
    expect(outcome.status).toBe("ranked");
    const summary = outcome.extras!.summary!;
    expect(fake.sheet(summary.name)!.style(summary.headerRow, 1)).toMatchObject({ fontName: "Times New Roman", bold: true });
    expect(fake.sheet(outcome.calculation!.outputs.breakdown!.name)!.pageBreaks).toEqual([]);
  });
});
