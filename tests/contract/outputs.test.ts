import type { CellValue, SheetGrid } from "../../src/workbook/grid";
import type { RenderedSheet } from "../../src/workbook/rendering/output-types";
import { calculate } from "../../src/workbook/calculate";
import { errors, NOW, ranked, run, sheet, simpleBloc, workedExample } from "./contract-helpers";

function header(s: RenderedSheet): CellValue[] {
  return s.values[s.headerRow];
}

function body(s: RenderedSheet): Array<Array<string | number | null>> {
  return s.values.slice(s.headerRow + 1);
}

function column(s: RenderedSheet, name: string): Array<string | number | null> {
  const j = header(s).indexOf(name);
  if (j < 0) throw new Error(`no column ${name} in ${JSON.stringify(header(s))}`);
  return body(s).map((r) => r[j]);
}

/** A rendered sheet as the grid the reader would see on the next calculation. */
function asGrid(s: RenderedSheet): SheetGrid {
  return sheet(s.name, s.values);
}

describe("Xếp hạng", () => {
  const calc = ranked(run(workedExample()));
  const ranking = calc.outputs.ranking as RenderedSheet;

  it("is named Xếp hạng and has the contract's columns in order", () => {
    expect(ranking.name).toBe("Xếp hạng");
    expect(header(ranking)).toEqual([
      "Hạng", "Mã đơn vị", "Tên đơn vị", "Nội dung I", "Điểm cộng", "Điểm trừ", "Tổng điểm", "Tỷ lệ (%)", "Xếp loại", "Đề nghị khen thưởng", "Ghi chú", "Thay đổi hạng",
    ]);
  });

  it("has a title naming the bloc and the year above the table", () => {
    const title = ranking.values.slice(0, ranking.headerRow).flat().filter((v) => v !== null).join(" ");
    expect(title).toContain("Khối 17");
    expect(title).toContain("2018");
  });

  it("writes numbers as numbers with a 2-decimal format, unrounded", () => {
    expect(column(ranking, "Mã đơn vị")).toEqual(["CT", "CV", "KB"]);
    expect(column(ranking, "Hạng")).toEqual([1, 2, 3]);
    const totals = column(ranking, "Tổng điểm");
    expect(totals.every((v) => typeof v === "number")).toBe(true);
    expect(totals[0]).toBeCloseTo(363.0714285714, 9);
    const j = header(ranking).indexOf("Tổng điểm");
    expect(ranking.numberFormats.slice(ranking.headerRow + 1).map((r) => r[j])).toEqual(["0.00", "0.00", "0.00"]);
    expect(column(ranking, "Tỷ lệ (%)")[2]).toBeCloseTo(((348.6533333333333) / 350) * 100, 9);
  });

  it("says the grade and the award in words", () => {
    expect(column(ranking, "Xếp loại")).toEqual(Array(3).fill("Hoàn thành xuất sắc nhiệm vụ"));
    expect(column(ranking, "Đề nghị khen thưởng")).toEqual(["Cờ thi đua", "Bằng khen", "Bằng khen"]);
  });

  it("is set up for printing: A4 landscape, one page wide, title and header repeated", () => {
    expect(ranking.print).toMatchObject({ landscape: true, fitToWidth: true, printTitleRows: ranking.headerRow + 1 });
  });

  it("shows the rank change since the previous Xếp hạng sheet (▲ / ▼ / –)", () => {
    // Cục Thuế loses 10 points: Cảng vụ and Kho bạc move up.
    const again = calculate(
      { sheets: [...workedExample().map((s) => (s.name === "Cộng trừ" ? sheet("Cộng trừ", [...s.rows, ["CT", "Trừ", "Vắng họp", 1, 20]]) : s)), asGrid(ranking)] },
      { lang: "vi", now: NOW },
    );
    const next = again.outputs.ranking as RenderedSheet;
    expect(column(next, "Mã đơn vị")).toEqual(["CV", "KB", "CT"]);
    expect(column(next, "Thay đổi hạng")).toEqual(["▲1", "▲1", "▼2"]);
  });

  it("lists a non-participant last with an empty Hạng", () => {
    const members = [["Mã đơn vị", "Tên đơn vị", "Tham gia"], ["A", "Đơn vị A", "Không"], ["B", "Đơn vị B", "Có"]];
    const r = ranked(run(simpleBloc({ A: 100, B: 100 }, [], members))).outputs.ranking as RenderedSheet;
    expect(column(r, "Mã đơn vị")).toEqual(["B", "A"]);
    expect(column(r, "Hạng")).toEqual([1, null]);
  });

  it("marks ties and quota-boundary ties in Ghi chú and Đề nghị khen thưởng", () => {
    const r = ranked(run(simpleBloc({ A: 104, B: 104, C: 100 }))).outputs.ranking as RenderedSheet;
    const notes = column(r, "Ghi chú");
    expect(String(notes[0])).toMatch(/đồng hạng/i);
    expect(String(notes[0]) + String(column(r, "Đề nghị khen thưởng")[0])).toMatch(/cần bình xét/i);
  });

  it("stores text starting with = + - @ as text (format @)", () => {
    const members = [["Mã đơn vị", "Tên đơn vị"], ["A", "=HYPERLINK(\"x\")"], ["B", "+84 Đơn vị"]];
    const r = ranked(run(simpleBloc({ A: 100, B: 99 }, [], members))).outputs.ranking as RenderedSheet;
    const j = header(r).indexOf("Tên đơn vị");
    const rows = r.values.slice(r.headerRow + 1);
    const formats = r.numberFormats.slice(r.headerRow + 1);
    expect(rows.map((row) => row[j])).toEqual(["=HYPERLINK(\"x\")", "+84 Đơn vị"]);
    expect(formats.map((row) => row[j])).toEqual(["@", "@"]);
  });
});

describe("Chi tiết điểm", () => {
  const breakdown = ranked(run(workedExample())).outputs.breakdown as RenderedSheet;

  it("has one row per member and target plus one per bonus/deduction line", () => {
    expect(breakdown.name).toBe("Chi tiết điểm");
    // 15 targets, the two CCHC bonuses and Kho bạc's late report.
    expect(body(breakdown)).toHaveLength(18);
  });

  it("shows plan, actual, ratio, base, bonus, points and how it was computed", () => {
    const row = body(breakdown).find((r) => r.includes("Giải ngân") || r.some((v) => typeof v === "string" && v.startsWith("Giải ngân")));
    expect(row).toBeDefined();
    const cells = row as Array<string | number | null>;
    expect(cells).toContain(95);
    expect(cells).toContain(97.85);
    expect(cells.some((v) => typeof v === "number" && Math.abs(v - 72.1) < 1e-9)).toBe(true);
    expect(cells.some((v) => typeof v === "number" && Math.abs(v - 2.1) < 1e-9)).toBe(true);
    const text = cells.filter((v) => typeof v === "string").join(" ");
    expect(text).toContain("97,85/95");
    expect(text).toContain("103,0 %");
  });
});

describe("Kiểm tra", () => {
  it("holds one 'Không có lỗi' line when clean", () => {
    const checks = ranked(run(workedExample())).outputs.checks;
    expect(checks.name).toBe("Kiểm tra");
    expect(header(checks)).toEqual(["Mức độ", "Trang tính", "Ô", "Nội dung"]);
    expect(body(checks).flat().filter((v) => v !== null)).toEqual(["Không có lỗi"]);
  });

  it("lists errors first with severity Lỗi, sheet and cell; ranking and breakdown are left as they were", () => {
    const targets = workedExample()[1];
    const rows = targets.rows.map((r, i) => (i === 3 ? [r[0], r[1], r[2], r[3], 0, r[5]] : r));
    const calc = run([workedExample()[0], sheet("Chỉ tiêu", rows), ...workedExample().slice(2), sheet("Đơn vị cũ", [["x"]])]);
    expect(calc.outputs.ranking).toBeNull();
    expect(calc.outputs.breakdown).toBeNull();
    const first = body(calc.outputs.checks)[0];
    expect(first.slice(0, 3)).toEqual(["Lỗi", "Chỉ tiêu", "E4"]);
    expect(String(first[3])).toMatch(/kế hoạch/i);
  });
});

describe("the input", () => {
  it("is never modified by a calculation", () => {
    const sheets = workedExample();
    sheets.push(sheet("Xếp hạng", [["Hạng", "Mã đơn vị"], [1, "KB"]]));
    const before = structuredClone(sheets);
    calculate({ sheets }, { lang: "vi", now: NOW });
    expect(sheets).toEqual(before);
  });

  it("an output sheet named like an input is never read as input", () => {
    const calc = run([...workedExample(), sheet("Kiểm tra", [["Mức độ", "Trang tính", "Ô", "Nội dung"], ["Lỗi", "Chỉ tiêu", "E4", "…"]])]);
    expect(errors(calc)).toEqual([]);
  });
});

describe("--lang en", () => {
  const blocked = run(simpleBloc({ A: 100 }, [sheet("Cấu hình", [["Tham số", "Giá trị"], ["Số huy chương", 3]])]), "en");

  it("gives every message in English, still naming the sheet and the cell", () => {
    const issue = blocked.json.issues.find((i) => i.code === "setting-unknown");
    expect(issue?.message).toMatch(/setting/i);
    expect(issue?.message).toContain("A2");
    expect(issue?.message).toContain("Cấu hình");
    expect(issue?.message).not.toMatch(/tham số .* không có/i);
  });

  it("writes the output sheets' headers and words in English", () => {
    const en = ranked(run(workedExample(), "en"));
    const ranking = en.outputs.ranking as RenderedSheet;
    expect(header(ranking)).toContain("Rank");
    expect(column(ranking, "Award proposal")).toEqual(["Emulation flag", "Certificate of merit", "Certificate of merit"]);
    expect(body(blocked.outputs.checks)[0][0]).toBe("Error");
    // The JSON's fixed words do not depend on the language.
    expect(en.json.units.map((u) => [u.grade, u.award])).toEqual([["excellent", "flag"], ["excellent", "merit"], ["excellent", "merit"]]);
  });
});
