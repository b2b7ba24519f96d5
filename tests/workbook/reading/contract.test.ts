import { labelKey } from "../../../src/workbook/reading/text-key";
import { ADJUSTMENTS_SHEET, CRITERIA_SHEET, MEMBERS_SHEET, SCORES_SHEET, SETTINGS_SHEET, TARGETS_SHEET, VIOLATIONS_SHEET } from "../../../src/workbook/reading/aliases";
import type { CellValue } from "../../../src/workbook/grid";
import { readBloc } from "../../../src/workbook/reading/read";
import { book, sheet } from "./grids";

const SPECS = [MEMBERS_SHEET, TARGETS_SHEET, CRITERIA_SHEET, SCORES_SHEET, ADJUSTMENTS_SHEET, VIOLATIONS_SHEET, SETTINGS_SHEET];

describe("the alias tables", () => {
  it.each(SPECS.map((spec) => [spec.label.vi, spec] as const))("give each strong header name of %s one field only", (_name, spec) => {
    const owner = new Map<string, string>();
    for (const column of spec.columns) {
      for (const alias of [column.label.vi, column.label.en, ...column.aliases]) {
        const key = labelKey(alias);
        expect([key, owner.get(key) ?? column.field]).toEqual([key, column.field]);
        owner.set(key, column.field);
      }
    }
  });

  it("give each sheet name to one sheet only", () => {
    const owner = new Map<string, string>();
    for (const spec of SPECS) {
      for (const alias of spec.aliases) {
        expect([alias, owner.get(labelKey(alias)) ?? spec.key]).toEqual([alias, spec.key]);
        owner.set(labelKey(alias), spec.key);
      }
    }
  });
});

/** A messy but valid bloc: 300 members × 20 targets with text numbers, hidden rows and a title. */
function bigWorkbook() {
  const members: CellValue[][] = [["Danh sách"], ["Mã ĐV", "Tên đơn vị", "Xếp loại CCHC"]];
  const targets: CellValue[][] = [["Mã đơn vị", "STT", "Tên chỉ tiêu", "ĐVT", "Chiều", "Kế hoạch", "Thực hiện"]];
  for (let m = 0; m < 300; m++) {
    members.push([`DV${m}`, `Đơn vị ${m}`, m % 2 ? "Xuất sắc" : "Tốt"]);
    for (let t = 0; t < 20; t++) targets.push([`dv${m}`, t + 1, `Chỉ tiêu ${t}`, t % 3 ? "tỷ đồng" : "%", t % 2 ? "Tăng" : "≤", "9.450", `${90 + t},5`]);
  }
  return book(sheet("Đơn vị", members), sheet("Chỉ tiêu", targets, { hiddenRows: [5] }));
}

describe("reading as a whole", () => {
  it("never changes the grid it reads", () => {
    const workbook = bigWorkbook();
    workbook.sheets.push(sheet("Cấu hình", [["Tham số", "Giá trị"], ["Năm", "2018"], ["Nonsense", 1]], { numberFormats: [["@", "@"], ["@", "0"], ["@", "0"]] }));
    const before = structuredClone(workbook);
    readBloc(workbook);
    expect(workbook).toEqual(before);
  });

  // How fast is a figure of `npm run bench` (bench/reading.bench.ts), never a test: a shared machine's clock decides nothing here.
  it("reads all 300 members × 20 targets of a messy workbook, in order", () => {
    const { input } = readBloc(bigWorkbook());
    expect(input?.members).toHaveLength(300);
    expect(input?.targets).toHaveLength(6000);
    expect(input?.targets[0].memberCode).toBe("DV0");
    expect(input?.targets[6000 - 1].memberCode).toBe("DV299");
  });

  it("says where and what in both languages in every message", () => {
    const workbook = book(
      sheet("Đơn vị", [["Mã đơn vị", "Tên đơn vị"], ["CT", null], ["CT", "Trùng"]]),
      sheet("Chỉ tiêu", [["Mã đơn vị", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện"], ["CT", "Thu", "1.234", { error: "#N/A" }], ["CT", "Chi", "12 vụ", "abc"], [null, "Tổng cộng", 1, 1]], { hiddenRows: [3] }),
    );
    const { issues } = readBloc(workbook);
    expect(issues.length).toBeGreaterThanOrEqual(7);
    for (const issue of issues) {
      expect(issue.message.vi).toContain(`"${issue.sheet}"`);
      expect(issue.message.en).toContain(`"${issue.sheet}"`);
      expect(issue.message.vi).toContain(`ô ${issue.cell}`);
      expect(issue.message.en).toContain(`cell ${issue.cell}`);
      expect(issue.message.vi).not.toEqual(issue.message.en);
    }
  });
});
