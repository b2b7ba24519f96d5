import { renderBreakdown } from "../../../src/workbook/rendering/render-breakdown";
import { renderOutputs } from "../../../src/workbook/rendering/render";
import { bloc, issue, NOW } from "./fixtures";

// Counted, not replaced: Chi tiết điểm is rendered when first read.
jest.mock("../../../src/workbook/rendering/render-breakdown", () => {
  const actual = jest.requireActual<typeof import("../../../src/workbook/rendering/render-breakdown")>("../../../src/workbook/rendering/render-breakdown");
  return { ...actual, renderBreakdown: jest.fn(actual.renderBreakdown) };
});

const options = { lang: "vi" as const, now: NOW, previousRanks: new Map<string, number | null>() };

describe("renderOutputs", () => {
  it("renders the three sheets with distinct table names when the ranking was computed", () => {
    const outputs = renderOutputs(bloc({ issues: [issue()] }), options);
    expect(outputs.ranking?.name).toBe("Xếp hạng");
    expect(outputs.breakdown?.name).toBe("Chi tiết điểm");
    expect(outputs.checks.name).toBe("Kiểm tra");
    const names = [outputs.ranking?.tableName, outputs.breakdown?.tableName, outputs.checks.tableName];
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });

  it("renders only Kiểm tra when errors block the ranking, so the old ranking stays", () => {
    const outputs = renderOutputs(bloc({ blocked: true, units: [], issues: [issue({ severity: "error" })] }), options);
    expect(outputs.ranking).toBeNull();
    expect(outputs.breakdown).toBeNull();
    expect(outputs.checks.values[outputs.checks.headerRow + 1][0]).toBe("Lỗi");
  });

  it("renders Chi tiết điểm only when it is first read, and once (the web page shows the ranking without it)", () => {
    const rendered = jest.mocked(renderBreakdown);
    rendered.mockClear();
    const outputs = renderOutputs(bloc({ issues: [issue()] }), options);
    expect(rendered).not.toHaveBeenCalled();
    const sheet = outputs.breakdown;
    expect(sheet?.name).toBe("Chi tiết điểm");
    expect(outputs.breakdown).toBe(sheet);
    expect({ ...outputs }.breakdown).toBe(sheet);
    expect(rendered).toHaveBeenCalledTimes(1);
  });
});
