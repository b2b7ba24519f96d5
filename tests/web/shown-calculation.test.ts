import { shownCalculation } from "../../src/web/ranking/shown-calculation";
import type { Calculation } from "../../src/workbook/calculate";

describe("shownCalculation", () => {
  it("sends each unit without its criteria, and never makes them (they are made when first read)", () => {
    let made = 0;
    const unit = { code: "A", name: "Đơn vị A", rank: 1, total: 97.5 } as Record<string, unknown>;
    Object.defineProperty(unit, "criteria", {
      enumerable: true,
      get: () => {
        made++;
        return [{ criterionCode: "1" }];
      },
    });
    unit.source = { sheet: "Đơn vị", row: 2, cells: {} };
    const calculation = {
      result: { bloc: "Khối", year: 2025, units: [unit], issues: [], blocked: false },
      outputs: { ranking: null, breakdown: null, checks: { name: "Kiểm tra", rows: [] } },
      json: { units: [] },
    } as unknown as Calculation;

    const shown = shownCalculation(calculation);

    expect(made).toBe(0);
    expect(shown.result.units).toEqual([{ code: "A", name: "Đơn vị A", rank: 1, total: 97.5, criteria: [], source: { sheet: "Đơn vị", row: 2, cells: {} } }]);
    expect(Object.keys(shown.result.units[0])).toEqual(["code", "name", "rank", "total", "criteria", "source"]);
  });
});
