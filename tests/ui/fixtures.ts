import { withDefaults } from "../../src/scoring/settings";
import type { BlocResult, Grade, Issue, UnitResult } from "../../src/scoring/types";
import type { Calculation } from "../../src/workbook/calculate";
import type { RenderedSheet } from "../../src/workbook/rendering/output-types";
import { toResultJson } from "../../src/workbook/rendering/result-json";

/** The ten members of Khối 17 (Kiên Giang 2018), with invented totals in descending order. */
export const KHOI_17_MEMBERS: [code: string, name: string][] = [
  ["NHNN", "Ngân hàng Nhà nước CN Kiên Giang"],
  ["CT", "Cục Thuế tỉnh"],
  ["KBNN", "Kho bạc Nhà nước CN Kiên Giang"],
  ["HQ", "Hải quan Kiên Giang"],
  ["CV", "Cảng vụ Kiên Giang"],
  ["THADS", "Cục Thi hành án dân sự"],
  ["CTK", "Cục Thống kê"],
  ["BHXH", "Bảo hiểm Xã hội Kiên Giang"],
  ["CHKRG", "Cảng Hàng không Rạch Giá"],
  ["CHKPQ", "Cảng Hàng không Phú Quốc"],
];

function gradeOf(percent: number): Grade {
  return percent >= 90 ? "excellent" : percent >= 80 ? "good" : percent >= 70 ? "pass" : "fail";
}

export function unit(code: string, name: string, rank: number | null, total: number): UnitResult {
  const percent = (total / 350) * 100;
  return {
    code,
    name,
    participates: true,
    rank,
    tied: false,
    sections: { I: total },
    base: total,
    targetBonus: 0,
    bonus: 0,
    deduction: 0,
    total,
    max: 350,
    percent,
    grade: gradeOf(percent),
    award: rank === 1 ? "flag" : rank === 2 || rank === 3 ? "merit" : null,
    needsVote: false,
    notes: [],
    criteria: [],
    adjustments: [],
    violations: [],
    tieBreak: null,
    source: { sheet: "Đơn vị", row: (rank ?? 0) + 1, cells: {} },
  };
}

/** Ranked units in the given order, totals descending from 360. */
export function rankedUnits(members = KHOI_17_MEMBERS): UnitResult[] {
  return members.map(([code, name], i) => unit(code, name, i + 1, 360 - i * 7.25));
}

export const warning = (sheet: string, cell: string, vi: string): Issue => ({
  severity: "warning",
  sheet,
  cell,
  code: "targets-missing",
  message: { vi, en: `EN ${vi}` },
});

export const error = (sheet: string, cell: string, vi: string): Issue => ({
  severity: "error",
  sheet,
  cell,
  code: "plan-zero",
  message: { vi, en: `EN ${vi}` },
});

function emptySheet(name: string): RenderedSheet {
  return {
    name,
    values: [[name]],
    numberFormats: [["General"]],
    headerRow: 0,
    tableName: name.replace(/\s/g, ""),
    columnWidths: [10],
    freezeRows: 1,
    print: { landscape: true, fitToWidth: true, printTitleRows: 1 },
    titleRows: [],
    wrapColumns: [],
  };
}

/** A ranking sheet with only the columns rank-change parsing looks at. */
export function rankingSheet(rows: [code: string, change: string][]): RenderedSheet {
  return {
    ...emptySheet("Xếp hạng"),
    values: [["Khối 17 — 2018", ""], ["Mã đơn vị", "Thay đổi hạng"], ...rows],
    numberFormats: [["General", "General"], ["General", "General"], ...rows.map(() => ["General", "General"])],
    headerRow: 1,
  };
}

export function calculation(units: UnitResult[], issues: Issue[] = [], ranking: RenderedSheet | null = null): Calculation {
  const blocked = issues.some((i) => i.severity === "error");
  const result: BlocResult = {
    bloc: "Khối 17",
    year: 2018,
    settings: withDefaults({ bloc: "Khối 17", year: 2018 }),
    sections: ["I"],
    units: blocked ? [] : units,
    openAwards: [],
    issues,
    blocked,
  };
  return {
    result,
    outputs: { ranking: blocked ? null : ranking, breakdown: null, checks: emptySheet("Kiểm tra") },
    json: toResultJson(result, "vi"),
  };
}
