import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { buildSampleWorkbook, deterministicXlsx, SAMPLE_PATH } from "../../scripts/generate-sample";
import { calculate } from "../../src/workbook/calculate";
import { KHOI_17_SAMPLE } from "../../src/workbook/sample/khoi-17-kien-giang-2018";
import { openWorkbook } from "../../src/xlsx/package/open-workbook";
import { sampleGrid } from "../workbook/sample/sample-table";

type Plain = string | number | boolean | null;

/**
 * Cell values of a worksheet as rows × columns (trailing empties trimmed), for comparison with the data rows.
 * ExcelJS answers a merged cell's value with its top-left cell's; only the top-left one holds it in the file.
 */
function valuesOf(sheet: ExcelJS.Worksheet): Plain[][] {
  const rows: Plain[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Plain[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      cells.push(cell.isMerged && cell.master !== cell ? null : (cell.value as Plain));
    }
    rows.push(trimEnd(cells));
  }
  return rows;
}

function trimEnd(row: Plain[]): Plain[] {
  const out = [...row];
  while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
  return out.map((v) => (v === undefined ? null : v));
}

async function load(buffer: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  return workbook;
}

describe("samples/khoi-17-kien-giang-2018.xlsx", () => {
  let committed: ExcelJS.Workbook;
  beforeAll(async () => {
    committed = await load(await readFile(SAMPLE_PATH));
  });

  it("holds the data module's sheets in order (run `npm run sample` when this fails)", () => {
    expect(committed.worksheets.map((w) => w.name)).toEqual(KHOI_17_SAMPLE.map((s) => s.name));
  });

  it.each(KHOI_17_SAMPLE.map((s) => [s.name, s]))("sheet %s has exactly the data module's cell values", (name, sheet) => {
    expect(valuesOf(committed.getWorksheet(name)!)).toEqual(sheet.rows.map(trimEnd));
  });

  it("has the header row of every sheet under an Excel table", () => {
    for (const sheet of KHOI_17_SAMPLE) {
      const tables = Object.values((committed.getWorksheet(sheet.name) as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables);
      expect(tables.map((t) => t.table.tableRef.split(":")[0])).toEqual([`A${(sheet.headerRow ?? 0) + 1}`]);
    }
  });

  it("prints every sheet on A4, one page wide, with the note and header rows repeated on each page", () => {
    for (const sheet of KHOI_17_SAMPLE) {
      const setup = committed.getWorksheet(sheet.name)!.pageSetup;
      expect(setup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${(sheet.headerRow ?? 0) + 1}` });
    }
  });

  it("keeps the invented-figures note within the table's width: merged over the header's columns", () => {
    for (const sheet of KHOI_17_SAMPLE) {
      const header = sheet.rows[sheet.headerRow ?? 0];
      const last = committed.getWorksheet(sheet.name)!.getCell(1, header.length);
      expect(last.isMerged).toBe(true);
      expect(last.master.address).toBe("A1");
    }
  });

  it("matches what the script generates now, value for value", async () => {
    const fresh = await load(await deterministicXlsx(buildSampleWorkbook()));
    for (const sheet of committed.worksheets) expect(valuesOf(fresh.getWorksheet(sheet.name)!)).toEqual(valuesOf(sheet));
  });
});

describe("deterministicXlsx", () => {
  it("gives the same bytes on every run, so regenerating the sample leaves git clean", async () => {
    const first = await atTime("2020-01-01T00:00:00Z", () => deterministicXlsx(buildSampleWorkbook()));
    const second = await atTime("2024-06-30T12:34:56Z", () => deterministicXlsx(buildSampleWorkbook()));
    expect(second.equals(first)).toBe(true);
  });

  it("is needed: ExcelJS alone stamps the time of writing into the file", async () => {
    const first = await atTime("2020-01-01T00:00:00Z", async () => Buffer.from(await buildSampleWorkbook().xlsx.writeBuffer()));
    const second = await atTime("2024-06-30T12:34:56Z", async () => Buffer.from(await buildSampleWorkbook().xlsx.writeBuffer()));
    expect(second.equals(first)).toBe(false);
  });
});

/** Runs with the clock at `iso`; only Date is faked, so the zip library's own scheduling keeps working. */
async function atTime<T>(iso: string, run: () => Promise<T>): Promise<T> {
  jest.useFakeTimers({
    now: new Date(iso),
    doNotFake: ["hrtime", "nextTick", "performance", "queueMicrotask", "requestAnimationFrame", "cancelAnimationFrame", "requestIdleCallback", "cancelIdleCallback", "setImmediate", "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout"],
  });
  try {
    return await run();
  } finally {
    jest.useRealTimers();
  }
}

describe("samples/khoi-17-kien-giang-2018.xlsx read through the file adapter", () => {
  it("ranks exactly like the data module the add-in inserts", async () => {
    const { grid } = openWorkbook(await readFile(SAMPLE_PATH), "khoi-17.xlsx");
    const options = { lang: "vi" as const, now: new Date(Date.UTC(2019, 0, 10, 2, 0)) };
    expect(calculate(grid, options).json).toEqual(calculate(sampleGrid(), options).json);
  });
});
