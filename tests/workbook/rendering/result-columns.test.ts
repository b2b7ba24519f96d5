import { readEntry } from "../../../src/workbook/batch/batch-summary";
import { renderBatchSummary } from "../../../src/workbook/batch/render-batch-summary";
import { calculate } from "../../../src/workbook/calculate";
import { renderChartSheet } from "../../../src/workbook/extras/chart-sheet";
import type { RenderedSheet } from "../../../src/workbook/rendering/output-types";
import { workedExampleGrid } from "../extras/grids";

const NOW = new Date(2025, 2, 5, 9, 0);

/** Header → number format of the first data row's cell, for every column of a sheet. */
function formatsByHeader(sheet: RenderedSheet): Map<string, string> {
  const header = sheet.values[sheet.headerRow].map(String);
  return new Map(header.map((h, j) => [h, sheet.numberFormats[sheet.headerRow + 1][j]]));
}

describe.each(["vi", "en"] as const)("the member columns several result sheets share (%s)", (lang) => {
  const calc = calculate(workedExampleGrid(), { lang, now: NOW });
  const ranking = formatsByHeader(calc.outputs.ranking!);
  const others = {
    "the batch summary": renderBatchSummary([readEntry("k.xlsx", calc.json, false)], { lang, now: NOW }),
    "the chart table": renderChartSheet(calc.result, lang)!.sheet,
  };

  it.each(Object.entries(others))("read and are formatted in %s as on Xếp hạng", (_, sheet) => {
    const shared = [...formatsByHeader(sheet)].filter(([header]) => ranking.has(header));
    expect(shared.length).toBeGreaterThanOrEqual(5);
    for (const [header, format] of shared) expect([header, format]).toEqual([header, ranking.get(header)]);
  });
});
