import ExcelJS from "exceljs";
import { WorkbookFileError } from "../../src/xlsx/file-errors";
import { buildInputWorkbook } from "../../src/xlsx/input-workbook";
import { loadWorkbookBytes, type ExcelModule } from "../../src/xlsx/load-workbook";

/** The bytes as the web page has them: a plain Uint8Array, not a Node Buffer, starting inside a larger buffer. */
async function plainBytes(): Promise<Uint8Array> {
  const wb = buildInputWorkbook([{ name: "Đơn vị", rows: [["Mã đơn vị", "Tên đơn vị"], ["CT", "Cục Thuế"]] }]);
  const written = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const padded = new Uint8Array(written.length + 3);
  padded.set(written, 3);
  return padded.subarray(3);
}

describe("loadWorkbookBytes", () => {
  it("loads plain bytes with the ExcelJS module it is given, into the workbook and its grid", async () => {
    const bytes = await plainBytes();
    expect(Buffer.isBuffer(bytes)).toBe(false);
    let made = 0;
    class CountingWorkbook extends ExcelJS.Workbook {
      constructor() {
        super();
        made++;
      }
    }
    const excel = { ...ExcelJS, Workbook: CountingWorkbook } as unknown as ExcelModule;
    const { workbook, grid } = await loadWorkbookBytes(excel, bytes, "khoi.xlsx");
    expect(made).toBe(1);
    expect(workbook).toBeInstanceOf(CountingWorkbook);
    expect(grid.sheets[0].rows[1].slice(0, 2)).toEqual(["CT", "Cục Thuế"]);
  });

  it("names the file in the officer's message when the bytes are no workbook", async () => {
    const attempt = loadWorkbookBytes(ExcelJS, new TextEncoder().encode("Mã đơn vị;Tên đơn vị"), "khoi.csv");
    await expect(attempt).rejects.toBeInstanceOf(WorkbookFileError);
    await expect(attempt).rejects.toMatchObject({ problem: "not-workbook", localized: { vi: expect.stringContaining("khoi.csv") } });
  });
});
