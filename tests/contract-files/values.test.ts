import ExcelJS from "exceljs";
import { errorsOf, expectWorkedExample, openOutput, rankWorkbook, readResult, sha256, sheetRows, sheetWith, where, type Row } from "./file-helpers";

jest.setTimeout(90_000);

const TARGET_HEADER: Row = ["Mã đơn vị", "STT", "Tên chỉ tiêu", "ĐVT", "Chiều", "Kế hoạch", "Thực hiện"];

/** A formula cell as Excel saves it: the formula and its cached result. */
const formula = (text: string, result: number | ExcelJS.CellErrorValue): ExcelJS.CellValue => ({ formula: text, result }) as ExcelJS.CellValue;
const rich = (text: string): ExcelJS.CellValue => ({ richText: [{ text: text.slice(0, 1), font: { bold: true } }, { text: text.slice(1) }] });

/**
 * The worked example with every value written the way real files hold it: formulas with cached
 * results (one with binary noise), numbers typed as text with either separator, NBSP, rich text,
 * hyperlinked names, percent-formatted fractions beside plain points.
 */
function messyValuesWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, "Đơn vị", [
    ["Mã đơn vị", "Tên đơn vị", "Cộng điểm CCHC", "Xếp loại CCHC"],
    [rich("CT"), { text: "Cục Thuế tỉnh", hyperlink: "https://kiengiang.gdt.gov.vn" }, "x", "xuat sac"],
    ["\u00a0CV ", "  Cảng vụ\u00a0Kiên Giang ", true, "XS"],
    ["KB", rich("Kho bạc Nhà nước CN Kiên Giang"), "Có", "Hoàn thành tốt nhiệm vụ"],
  ]);
  const targets = sheetWith(wb, "Chỉ tiêu", [
    TARGET_HEADER,
    ["ct ", 1, "Thu ngân sách", "tỷ đồng", "Tăng", 9000, formula("9000*1.05", 9450)],
    ["CT", 2, "Tỷ lệ nợ đọng", "%", "Giảm", "5", "4,0"],
    ["CT", 3, "Kê khai điện tử", "%", "Tăng", 98, "99.5"],
    ["CT", 4, "Thanh tra", "cuộc", "Tăng", "400\u00a0", 380],
    ["CT", 5, "Hoàn thuế đúng hạn", "%", "Tăng", 100, rich("100")],
    ["CV", 1, "Lượt tàu", "lượt", "Tăng", "12.000", "10 800"],
    ["CV", 2, "Phí cảng", "tỷ đồng", "Tăng", 25, "27,5"],
    ["CV", 3, "Tai nạn hàng hải", "vụ", "Bằng 0", "-", 0],
    // Excel shows =150*1,1 as 165; the cached double is 165.00000000000003.
    ["CV", 4, "Kiểm tra an toàn", "cuộc", "Tăng", 150, formula("150*1.1", 150 * 1.1)],
    ["CV", 5, "Thủ tục trực tuyến", "%", "Tăng", 100, 100],
    ["KB", 1, "Giải ngân", "%", "Tăng", 95, 0.9785],
    ["KB", 2, "Kiểm soát chi", "%", "Tăng", "100%", 0.996],
    ["KB", 3, "Dịch vụ công", "%", "Tăng", 0.9, 1],
    ["KB", 4, "Hồ sơ trả chậm", "hồ sơ", "≤", 10, 12],
    ["KB", 5, "Thu ngân sách qua KB", "tỷ đồng", "Tăng", 12000, formula("12000*1.05", 12600)],
  ]);
  targets.getCell("G12").numFmt = "0.00%";
  targets.getCell("G13").numFmt = "0.0%";
  targets.getCell("F14").numFmt = "0%";
  targets.getCell("G14").numFmt = "0%";
  sheetWith(wb, "Cộng trừ", [["Mã đơn vị", "Loại", "Lý do", "Số lần", "Điểm mỗi lần"], ["kb", "Trừ", "Nộp báo cáo chậm", "1", "2"]]);
  sheetWith(wb, "Cấu hình", [["Tham số", "Giá trị"], ["Năm", formula("2017+1", 2018)], ["Khối", rich("Khối 17")]]);
  return wb;
}

/** Two members; `cells` overrides target cells by A1 address (header on row 1, A's targets on rows 2–6). */
function twoMembers(cells: Record<string, ExcelJS.CellValue>): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  sheetWith(wb, "Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["A", "Đơn vị A"], ["B", "Đơn vị B"]]);
  const rows: Row[] = ["A", "B"].flatMap((code) => [1, 2, 3, 4, 5].map((n): Row => [code, n, `Chỉ tiêu ${n}`, "vụ", "Tăng", 100, 100 + n]));
  const targets = sheetWith(wb, "Chỉ tiêu", [TARGET_HEADER, ...rows]);
  for (const [address, value] of Object.entries(cells)) targets.getCell(address).value = value;
  return wb;
}

describe("cell values as real files hold them", () => {
  it("formulas with cached results, text numbers, NBSP, rich text, hyperlinks and percent formats give the worked example", async () => {
    const run = await rankWorkbook(messyValuesWorkbook(), "gia-tri.xlsx");

    expect(run.code).toBe(0);
    expect(sha256(run.input)).toBe(run.inputHashBefore);
    const json = readResult(run);
    expect(errorsOf(json)).toEqual([]);
    expectWorkedExample(json.units);
    expect(json.year).toBe(2018);
    expect(json.bloc).toBe("Khối 17");
    // Names as shown: the hyperlink's text, rich text joined, spaces tidied.
    expect(json.units.map((u) => u.name)).toEqual(["Cục Thuế tỉnh", "Cảng vụ Kiên Giang", "Kho bạc Nhà nước CN Kiên Giang"]);
    // Nothing here is ambiguous or rescaled: "12.000" and "400 " are plain, the % cells say they are fractions.
    expect(json.issues.map((i) => i.code)).toEqual([]);
  });

  it("#N/A, a cached #DIV/0! and a date in Thực hiện block the ranking with one error each at its cell; the earlier ranking stays", async () => {
    const wb = twoMembers({
      G3: { error: "#N/A" } as ExcelJS.CellErrorValue,
      G4: formula("F4/0", { error: "#DIV/0!" }),
      G5: new Date(Date.UTC(2018, 2, 5)),
      G9: "#REF!",
    });
    sheetWith(wb, "Xếp hạng", [["Kết quả lần trước"], [], ["Hạng", "Mã đơn vị"], [1, "B"], [2, "A"]]);
    sheetWith(wb, "Kiểm tra", [["Không có lỗi (lần trước)"]]);

    const run = await rankWorkbook(wb, "loi.xlsx");

    expect(run.code).toBe(2);
    expect(sha256(run.input)).toBe(run.inputHashBefore);
    const json = readResult(run);
    expect(json.units).toEqual([]);
    expect(errorsOf(json).map(where)).toEqual([
      ["value-error", "Chỉ tiêu", "G3"],
      ["value-error", "Chỉ tiêu", "G4"],
      ["value-invalid", "Chỉ tiêu", "G5"],
      ["value-error", "Chỉ tiêu", "G9"],
    ]);
    const [na, div0, date, ref] = errorsOf(json).map((i) => i.message);
    expect(na).toContain("#N/A");
    expect(div0).toContain("#DIV/0!");
    expect(ref).toContain("#REF!");
    // The date is named as a date, with the number Excel holds, and what to do.
    expect(date).toMatch(/05\/03\/2018/);
    expect(date).toMatch(/định dạng/);
    for (const cell of ["G3", "G4", "G5", "G9"]) expect(run.stdout).toContain(`Chỉ tiêu'!${cell}`);

    const out = await openOutput(run.out);
    const names = out.worksheets.map((w) => w.name);
    expect(names).not.toContain("Chi tiết điểm");
    expect(sheetRows(out.getWorksheet("Xếp hạng")!)[0][0]).toBe("Kết quả lần trước");
    const checks = sheetRows(out.getWorksheet("Kiểm tra")!);
    expect(checks.flat()).not.toContain("Không có lỗi (lần trước)");
    expect(checks.filter((r) => r.includes("Chỉ tiêu") && r.includes("Lỗi")).length).toBe(4);
  });

  // Was a bug: ExcelJS's cell.value drops falsy results (0, FALSE and "" came back as no result). The package
  // reader (src/xlsx/package/cell-value.ts) reads the sheet XML itself: <v>0</v> is 0, and "" saved by Excel
  // (<c t="str"><v></v>) is told from no result at all (saved by a program).
  it("cached results 0, FALSE and \"\" saved by Excel are results, not formulas without one", async () => {
    const wb = twoMembers({
      E3: "Bằng 0",
      F3: formula("F2*0", 0),
      G3: formula("G2*0", 0),
      // A's first target (row 2; rows 7–11 are B's): the code itself given by a formula with a text result.
      A2: formula("\"A\"", "A" as unknown as number),
    });
    const targets = wb.getWorksheet("Chỉ tiêu")!;
    targets.getCell("H1").value = "Ghi chú";
    targets.getCell("H2").value = { formula: 'IF(G2>100,"","xem lại")', result: "" } as ExcelJS.CellValue;
    targets.getCell("I1").value = "Đã kiểm tra";
    targets.getCell("I2").value = { formula: "G2<0", result: false } as ExcelJS.CellValue;

    const run = await rankWorkbook(wb, "ket-qua-0.xlsx");

    const json = readResult(run);
    expect(errorsOf(json).map(where)).toEqual([]);
    expect(run.code).toBe(0);
  });

  // Was a bug (read as empty): src/xlsx/package/cell-value.ts gives a formula without a cached result as
  // { error: FORMULA_WITHOUT_RESULT } (src/workbook/grid.ts), which the reader reports by cell (data-rows.ts).
  it("formulas saved without a result (as ExcelJS writes them) are reported by cell, never read as empty", async () => {
    const wb = twoMembers({ G3: { formula: "F3*1.1" } as ExcelJS.CellValue });
    sheetWith(wb, "Cộng trừ", [["Mã đơn vị", "Loại", "Lý do", "Số lần", "Điểm mỗi lần"], ["B", "Trừ", "Chậm báo cáo", { formula: "1+2" } as ExcelJS.CellValue, 2]]);

    const run = await rankWorkbook(wb, "cong-thuc.xlsx");

    expect(run.code).toBe(2);
    const json = readResult(run);
    // Số lần would otherwise silently default to 1, and G3 be called "empty".
    expect(errorsOf(json).map(where)).toEqual([
      ["value-error", "Chỉ tiêu", "G3"],
      ["value-error", "Cộng trừ", "D2"],
    ]);
    for (const error of errorsOf(json)) expect(error.message).toMatch(/công thức/);
  });
});
