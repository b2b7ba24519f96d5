import { readFile } from "node:fs/promises";
import { SAMPLE_PATH } from "../../scripts/generate-sample";
import { calculate } from "../../src/workbook/calculate";
import type { WorkbookGrid } from "../../src/workbook/grid";
import { KHOI_17_SAMPLE } from "../../src/workbook/sample/khoi-17-kien-giang-2018";
import { openWorkbook } from "../../src/xlsx/package/open-workbook";

/** The sample as the add-in would read it back after inserting it: rectangular rows from A1. */
function sampleGrid(): WorkbookGrid {
  return {
    sheets: KHOI_17_SAMPLE.map((sheet) => {
      const width = Math.max(...sheet.rows.map((r) => r.length));
      return { name: sheet.name, rows: sheet.rows.map((r) => [...r, ...Array(width - r.length).fill(null)]), originRow: 1, originCol: 1 };
    }),
  };
}

describe("Khối 17 sample: the ranking it produces", () => {
  const { result, json } = calculate(sampleGrid(), { lang: "vi", now: new Date(Date.UTC(2019, 0, 10, 2, 0)) });
  const unit = (code: string) => result.units.find((u) => u.code === code)!;

  it("ranks all ten without an error and with at most two warnings", () => {
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.issues.length).toBeLessThanOrEqual(2);
    expect(result.blocked).toBe(false);
    expect(result.units.filter((u) => u.rank !== null)).toHaveLength(10);
  });

  it("gives every member the same maximum, 350 for its Nhóm A criterion plus 200 scored directly", () => {
    expect(new Set(result.units.map((u) => u.max))).toEqual(new Set([550]));
  });

  it("keeps the Cờ thi đua from the top scorer excluded by a violation, and gives it to the next one", () => {
    expect(result.units[0].code).toBe("CHKPQ");
    expect(result.units[0].award).toBe("merit");
    expect(result.units.filter((u) => u.award === "flag").map((u) => u.code)).toEqual(["NHNN"]);
    expect(unit("NHNN").rank).toBe(2);
  });

  it("proposes exactly two Bằng khen", () => {
    expect(result.units.filter((u) => u.award === "merit").map((u) => u.code)).toEqual(["CHKPQ", "CT"]);
  });

  it("shows one đồng hạng lower down, that no tie-breaker settles", () => {
    const tied = result.units.filter((u) => u.tied);
    expect(tied.map((u) => u.code).sort()).toEqual(["CTK", "CVKG"]);
    expect(tied.map((u) => u.rank)).toEqual([6, 6]);
    expect(unit("KBNN").rank).toBe(8);
    expect(tied.every((u) => !u.needsVote && u.award === null)).toBe(true);
  });

  it("grades the member that broke a Bằng 0 target below xuất sắc", () => {
    expect(result.units[9].code).toBe("THADS");
    expect(unit("THADS").grade).toBe("good");
    expect(result.units.filter((u) => u.grade === "excellent")).toHaveLength(9);
  });

  it("adds the CCHC bonus to the Xuất sắc agencies and the sector bonus to the airport rated Tốt", () => {
    const bonused = result.units.filter((u) => u.adjustments.some((a) => a.kind === "cchc")).map((u) => u.code).sort();
    expect(bonused).toEqual(["CT", "HQ", "NHNN"]);
    expect(result.units.filter((u) => u.adjustments.some((a) => a.kind === "sector")).map((u) => u.code)).toEqual(["CHKPQ"]);
  });

  it("scores Cục Thuế's tiêu chí 1 as the worked example of domain.md (358,0714…)", () => {
    const criterion1 = unit("CT").criteria.find((c) => c.criterionCode === "1")!;
    expect(criterion1.points).toBeCloseTo(358 + 1 / 14, 9);
  });

  it("names the bloc and year in the result JSON", () => {
    expect(json.year).toBe(2018);
    expect(json.bloc).toMatch(/^Khối 17/);
  });
});

describe("samples/khoi-17-kien-giang-2018.xlsx read through the file adapter", () => {
  it("ranks exactly like the data module the add-in inserts", async () => {
    const { grid } = openWorkbook(await readFile(SAMPLE_PATH), "khoi-17.xlsx");
    const options = { lang: "vi" as const, now: new Date(Date.UTC(2019, 0, 10, 2, 0)) };
    expect(calculate(grid, options).json).toEqual(calculate(sampleGrid(), options).json);
  });
});
