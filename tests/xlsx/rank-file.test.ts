import ExcelJS from "exceljs";
import JSZip from "jszip";
import { webEngine } from "../../src/web/web-engine";
import { buildInputWorkbook } from "../../scripts/input-workbook";
import { NODE_ENGINE } from "../../src/xlsx/node-engine";
import { rankWorkbookFile, type RankFilePhase } from "../../src/xlsx/rank-file";
import { workedExampleGrid } from "../workbook/extras/grids";

/** The worked example, an officer's "Bảng tổng hợp" and a chart sheet (which ExcelJS could not load). */
async function inputBytes(): Promise<Uint8Array> {
  const sheets = workedExampleGrid().sheets.map((s) => ({ name: s.name, rows: s.rows as (string | number | null)[][] }));
  const wb = buildInputWorkbook([...sheets, { name: "Bảng tổng hợp", rows: [["Số liệu của cán bộ"]] }]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const edit = async (path: string, from: string, to: string) => zip.file(path, (await zip.file(path)!.async("string")).replace(from, to));
  await edit("xl/_rels/workbook.xml.rels", "</Relationships>", '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>');
  await edit("xl/workbook.xml", "</sheets>", '<sheet name="Biểu đồ riêng" sheetId="99" r:id="rIdC"/></sheets>');
  zip.file("xl/chartsheets/sheet1.xml", '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const NOW = new Date(2025, 2, 5, 9, 0);

describe.each([
  ["Node", NODE_ENGINE],
  ["browser", webEngine(ExcelJS)],
])("rankWorkbookFile (%s engine)", (_, engine) => {
  it("returns the calculation, the copy and the notes: the officer's sheet kept, and the chart sheet carried over", async () => {
    const bytes = await inputBytes();
    const before = Uint8Array.from(bytes);
    const ranked = await rankWorkbookFile(bytes, { label: "khoi.xlsx", lang: "vi", now: NOW, engine });

    expect(ranked.calculation.result.blocked).toBe(false);
    // domain.md's worked example: three members, CT first.
    expect(ranked.calculation.json.units.map((u) => u.code)).toHaveLength(3);
    expect(ranked.calculation.json.units[0]).toMatchObject({ code: "CT", rank: 1 });
    expect(ranked.notes.map((n) => n.vi)).toEqual([expect.stringContaining("Trang 'Bảng tổng hợp' là của cán bộ")]);
    // The package writer copies what ExcelJS could not load: nothing of the input is lost, so nothing to warn about.
    const copy = await JSZip.loadAsync(ranked.outputBytes);
    expect(await copy.file("xl/chartsheets/sheet1.xml")!.async("string")).toBe('<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    expect(await copy.file("xl/workbook.xml")!.async("string")).toContain('<sheet name="Biểu đồ riêng" sheetId="99" r:id="rIdC"/>');
    expect(ranked.outputKind).toBe("xlsx");
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(ranked.outputBytes as unknown as ExcelJS.Buffer);
    expect(out.getWorksheet("Bảng tổng hợp")!.getCell("A1").value).toBe("Số liệu của cán bộ");
    expect(out.getWorksheet("Bảng tổng hợp (2)")).toBeDefined();
    expect(out.getWorksheet("Xếp hạng")).toBeDefined();
    expect(bytes).toEqual(before);
  });

  it("tells the phases in order and hands the calculation over before writing", async () => {
    const heard: string[] = [];
    const ranked = await rankWorkbookFile(await inputBytes(), {
      label: "khoi.xlsx",
      lang: "en",
      now: NOW,
      engine,
      onProgress: (phase: RankFilePhase) => void heard.push(phase),
      onRanked: (calculation) => void heard.push(`ranked ${calculation.json.units.length}${"extras" in calculation ? " with extras" : ""}`),
      onScored: (calculation) => heard.push(`scored ${calculation.json.units.length}`),
    });
    // The ranking before its extras (the history): the web page's worker sends it then.
    expect(heard).toEqual(["reading", "scoring", "ranked 3", "scored 3", "writing"]);
    expect(ranked.replaced).toEqual([]);
  });

  it("waits for onRanked before making the extras (the web page draws the ranking meanwhile)", async () => {
    let drawn: () => void = () => undefined;
    const heard: string[] = [];
    const ranked = rankWorkbookFile(await inputBytes(), {
      label: "khoi.xlsx",
      lang: "en",
      now: NOW,
      engine,
      onRanked: () => new Promise<void>((resolve) => (drawn = resolve)),
      onScored: () => heard.push("scored"),
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual([]);
    drawn();
    await ranked;
    expect(heard).toEqual(["scored"]);
  });

  it("rejects a file that is not a workbook with the reader's message, naming the label", async () => {
    await expect(rankWorkbookFile(new TextEncoder().encode("not a zip"), { label: "ghi-chu.xlsx", lang: "vi", now: NOW, engine })).rejects.toMatchObject({
      problem: "not-workbook",
      localized: { vi: expect.stringContaining("ghi-chu.xlsx") },
    });
  });
});
