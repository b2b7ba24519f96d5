import ExcelJS from "exceljs";
import JSZip from "jszip";
import { scoreWorkbookBytes, writeResultFile } from "../../src/web/score-bytes";
import { buildInputWorkbook } from "../../src/xlsx/input-workbook";
import { workedExampleGrid } from "../workbook/extras/grids";

/** The worked example, an officer's "Bảng tổng hợp" and a chart sheet ExcelJS cannot load. */
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

describe("writeResultFile (the web page's download)", () => {
  it("returns the notes the command line prints: the officer's sheet kept, and what the copy lacks of the input", async () => {
    const bytes = await inputBytes();
    const scored = await scoreWorkbookBytes(ExcelJS, bytes, { label: "khoi.xlsx", lang: "vi", now: new Date(2025, 2, 5, 9, 0) });
    const written = await writeResultFile(scored, "vi", { bytes, label: "khoi.xlsx" });

    expect(written.notes.map((n) => n.vi)).toEqual([
      expect.stringContaining("Trang 'Bảng tổng hợp' là của cán bộ"),
      expect.stringMatching(/không có trang biểu đồ 'Biểu đồ riêng'.*khoi\.xlsx vẫn còn nguyên/),
    ]);
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(written.bytes as unknown as ExcelJS.Buffer);
    expect(out.getWorksheet("Bảng tổng hợp")!.getCell("A1").value).toBe("Số liệu của cán bộ");
    expect(out.getWorksheet("Bảng tổng hợp (2)")).toBeDefined();
  });
});
