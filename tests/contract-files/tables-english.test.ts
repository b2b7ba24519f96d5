import ExcelJS from "exceljs";
import { column, errorsOf, expectWorkedExample, openOutput, rankingTable, rankWorkbook, readResult, sha256, sheetRows, sheetWith, WORKED, where } from "./file-helpers";

jest.setTimeout(90_000);

type Column = ExcelJS.TableColumnProperties & { totalsRowResult?: unknown };

/**
 * English sheet names in other cases and English headers, data held in Excel tables: one with a Total
 * Row, one whose header row is switched off (the header typed in plain cells above it).
 */
function englishTablesWorkbook(membersTotalsLabel: string | undefined): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const members = wb.addWorksheet("members");
  members.getCell("A1").value = "Member units";
  const memberColumns: Column[] = [
    { name: "Code", totalsRowLabel: membersTotalsLabel },
    { name: "Name", totalsRowFunction: "count", totalsRowResult: 3 },
    { name: "CCHC bonus eligible" },
    { name: "CCHC rating" },
  ];
  members.addTable({ name: "Members", ref: "A3", headerRow: true, totalsRow: true, columns: memberColumns, rows: WORKED.members });

  const targets = wb.addWorksheet("TARGETS");
  targets.getRow(2).values = ["Code", "No.", "Target", "Direction", "Plan", "Actual"];
  const targetColumns: Column[] = ["c1", "c2", "c3", "c4", "c5", "c6"].map((name) => ({ name }));
  targets.addTable({ name: "TargetRows", ref: "A3", headerRow: false, columns: targetColumns, rows: WORKED.targets });

  const adjustments = wb.addWorksheet("Adjustments");
  const adjustmentColumns: Column[] = [
    { name: "Code", totalsRowLabel: "Total" },
    { name: "Kind" },
    { name: "Reason" },
    { name: "Count" },
    { name: "Points each", totalsRowFunction: "sum", totalsRowResult: 2 },
  ];
  adjustments.addTable({ name: "Adjust", ref: "B2", headerRow: true, totalsRow: true, columns: adjustmentColumns, rows: [["KB", "Trừ", "Late report", 1, 2]] });
  sheetWith(wb, "SETTINGS", [["Setting", "Value"], ["Year", 2018], ["Bloc", "Khối 17"]]);
  return wb;
}

describe("English names, Excel tables with a Total Row and without a header row, --lang en", () => {
  it("ranks the worked example; total rows skipped with a warning at their cell; English output and messages", async () => {
    const run = await rankWorkbook(englishTablesWorkbook("Total"), "bloc-17.xlsx", ["--lang", "en"]);

    expect(run.code).toBe(0);
    expect(sha256(run.input)).toBe(run.inputHashBefore);
    const json = readResult(run);
    expectWorkedExample(json.units);
    expect(errorsOf(json)).toEqual([]);
    // The Total Rows (members A7, adjustments B4) are left out: silently when the adapter flags them as
    // the table's Total Row, else by their "Total" label with a warning; never an error.
    const atTotals = json.issues.filter((i) => (i.sheet === "members" && i.cell === "A7") || (i.sheet === "Adjustments" && i.cell === "B4"));
    for (const issue of atTotals) expect([issue.severity, issue.code]).toEqual(["warning", "total-row-skipped"]);
    for (const issue of json.issues) expect(issue.message).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i);
    expect(run.stdout).toMatch(/Rank/);
    expect(run.stdout).not.toMatch(/Hạng|Xếp loại/);

    const out = await openOutput(run.out);
    const names = out.worksheets.map((w) => w.name);
    expect(names.slice(0, 4)).toEqual(["members", "TARGETS", "Adjustments", "SETTINGS"]);
    expect(names).toEqual(expect.arrayContaining(["Xếp hạng", "Chi tiết điểm", "Kiểm tra"]));
    const ranking = rankingTable(out.getWorksheet("Xếp hạng")!, "Rank");
    expect(column(ranking, "Code")).toEqual(["CT", "CV", "KB"]);
    expect(column(ranking, "Grade")).toEqual(["Excellently completed duties", "Excellently completed duties", "Excellently completed duties"]);
    expect(column(ranking, "Deductions")).toEqual([0, 0, 2]);
    expect(sheetRows(out.getWorksheet("Kiểm tra")!).flat()).toContain("Severity");
  });

  // Was a bug: the file reader (src/xlsx/package/sheet-tables.ts) passes the table's Total Row flag, and the reader (locate-header.ts)
  // leaves the flagged row out silently (the table says it is no data). Office.js would use table.showTotals.
  it("a Total Row whose label was cleared is Excel's, not a member without a code", async () => {
    const run = await rankWorkbook(englishTablesWorkbook(""), "bloc-17-no-label.xlsx");

    const json = readResult(run);
    expect(errorsOf(json).map(where)).toEqual([]);
    expect(run.code).toBe(0);
    expectWorkedExample(json.units);
  });
});
