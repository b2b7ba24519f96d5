/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import { RankingChart } from "../../src/ui/components/RankingChart";
import { LanguageProvider } from "../../src/ui/language";
import { LANG_STORAGE_KEY } from "../../src/ui/language";
import { loadLanguage } from "../../src/ui/pane-language";
import { chartData, GRADE_COLORS } from "../../src/workbook/meeting/chart-data";
import { calculation, rankedUnits } from "./fixtures";
import { heldFrames, rankedPane } from "./ranked-pane";
import { workedExample } from "./insights-fixtures";

function renderChart(data = chartData(workedExample().result), lang: "vi" | "en" = "vi") {
  const storage = { getItem: (k: string) => (k === LANG_STORAGE_KEY ? lang : null), setItem: () => undefined } as unknown as Storage;
  return render(
    <LanguageProvider storage={storage}>
      <RankingChart data={data} />
    </LanguageProvider>,
  );
}

test("one bar per ranked member in rank order, coloured by grade, with the thresholds labelled", () => {
  const base = chartData(workedExample().result);
  const data = { ...base, axisMin: 0, axisMax: 110, axisNote: null, thresholds: base.thresholds.map((t) => ({ ...t, shown: true })) };
  renderChart(data);
  const bars = screen.getAllByTestId("chart-bar");
  expect(bars.map((b) => b.querySelector("title")?.textContent)).toEqual(data.bars.map((b) => expect.stringContaining(`${b.rank}. ${b.name}`)));
  bars.forEach((bar, i) => expect(bar.querySelector("rect")?.getAttribute("fill")).toBe(GRADE_COLORS[data.bars[i].colorKey]));
  const texts = [...document.querySelectorAll("svg text")].map((t) => t.textContent);
  for (const t of data.thresholds) expect(texts).toContain(t.label.vi);
  expect(texts).toContain("103,73 %");
});

test("an axis that does not start at 0 says so above the chart, and thresholds below it are not drawn", () => {
  const data = chartData(workedExample().result);
  expect(data.axisMin).toBeGreaterThan(0);
  renderChart(data);
  expect(screen.getByTestId("chart-axis-note").textContent).toBe(data.axisNote!.vi);
  const texts = [...document.querySelectorAll("svg text")].map((t) => t.textContent);
  for (const t of data.thresholds.filter((th) => !th.shown)) expect(texts).not.toContain(t.label.vi);
});

test("longer bars for higher percents, and every bar inside the 300-unit drawing", () => {
  renderChart(chartData(calculation(rankedUnits()).result));
  const widths = screen.getAllByTestId("chart-bar").map((b) => Number(b.querySelector("rect")!.getAttribute("width")));
  expect(widths).toEqual([...widths].sort((a, b) => b - a));
  expect(widths[0]).toBeGreaterThan(widths[widths.length - 1]);
  const [, , width] = document.querySelector("svg")!.getAttribute("viewBox")!.split(" ").map(Number);
  for (const b of screen.getAllByTestId("chart-bar")) {
    const rect = b.querySelector("rect")!;
    expect(Number(rect.getAttribute("x")) + Number(rect.getAttribute("width"))).toBeLessThanOrEqual(width);
  }
});

test("the picture has a text alternative: a name, a summary and a table of the same numbers", () => {
  renderChart();
  const img = screen.getByRole("img");
  expect(img.getAttribute("aria-labelledby")).toBeTruthy();
  const [titleId, descId] = img.getAttribute("aria-labelledby")!.split(" ");
  expect(document.getElementById(titleId)?.textContent).toBe("Tỷ lệ điểm đạt được (%) — Khối 17 — 2018");
  const summary = document.getElementById(descId)?.textContent ?? "";
  expect(summary).toContain("3 đơn vị theo thứ hạng");
  expect(summary).toContain("Cao nhất: Cục Thuế tỉnh (103,73 %)");
  expect(summary).toContain("Xuất sắc (90 %)");
  const table = screen.getByRole("table");
  const rows = within(table).getAllByRole("row").slice(1);
  expect(rows.map((r) => within(r).getAllByRole("cell").map((c) => c.textContent))).toEqual([
    ["1", "Cục Thuế tỉnh", "103,73", "Xuất sắc"],
    ["2", "Cảng vụ Kiên Giang", "103,43", "Xuất sắc"],
    ["3", "Kho bạc Nhà nước CN Kiên Giang", "99,62", "Xuất sắc"],
  ]);
});

test("in English the labels, summary and table are English", async () => {
  // As the pane's start-up does for a remembered English (taskpane/index.tsx): its words first, then the render.
  await loadLanguage("en");
  renderChart(undefined, "en");
  expect(screen.getByRole("heading", { name: "Percent chart" })).toBeTruthy();
  const texts = [...document.querySelectorAll("svg text")].map((t) => t.textContent);
  expect(screen.getByTestId("chart-axis-note").textContent).toMatch(/^Axis starts at [\d.]+ %, not 0/);
  expect(texts).toContain("103.73 %");
  expect(document.querySelector("desc")?.textContent).toContain("Highest: Cục Thuế tỉnh (103.73 %)");
  expect(screen.getByText("Show the numbers as a table")).toBeTruthy();
});

test("a blocked ranking shows the reason instead of an empty picture", () => {
  const blocked = calculation([], [{ severity: "error", sheet: "Chỉ tiêu", cell: "E7", code: "plan-zero", message: { vi: "x", en: "x" } }]);
  renderChart(chartData(blocked.result));
  expect(screen.queryByRole("img")).toBeNull();
  expect(screen.getByTestId("ranking-chart").textContent).toContain("Chưa có xếp hạng: bảng tính còn lỗi");
});

describe("size", () => {
  /** The width the chart's container reports (jsdom has no layout: 0 unless set here). */
  function containerWidth(px: number) {
    return jest.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(function (this: HTMLElement) {
      return this.dataset.testid === "ranking-chart" ? px : 0;
    });
  }
  const svgBox = () => {
    const svg = document.querySelector("svg")!;
    const [, , vw, vh] = svg.getAttribute("viewBox")!.split(" ").map(Number);
    return { width: Number(svg.getAttribute("width")), height: Number(svg.getAttribute("height")), vw, vh };
  };
  const fontSizes = () => [...document.querySelectorAll("svg text")].map((t) => Number(t.getAttribute("font-size")));
  afterEach(() => jest.restoreAllMocks());

  test("is drawn at the pane's width, one viewBox unit per pixel", () => {
    containerWidth(296);
    renderChart();
    const box = svgBox();
    expect(box).toEqual({ width: 296, height: box.vh, vw: 296, vh: box.vh });
  });

  test("across a wide page it stops at its maximum width and keeps its text size; only the bars grow", () => {
    containerWidth(296);
    const { unmount } = renderChart();
    const narrowBars = screen.getAllByTestId("chart-bar").map((b) => Number(b.querySelector("rect")!.getAttribute("width")));
    const narrowFonts = fontSizes();
    const narrowHeight = svgBox().height;
    unmount();
    jest.restoreAllMocks();

    containerWidth(1200);
    renderChart();
    const box = svgBox();
    expect(box.width).toBe(640);
    expect(box.vw).toBe(640);
    expect(box.height).toBe(narrowHeight);
    expect(fontSizes()).toEqual(narrowFonts);
    const wideBars = screen.getAllByTestId("chart-bar").map((b) => Number(b.querySelector("rect")!.getAttribute("width")));
    wideBars.forEach((w, i) => expect(w).toBeGreaterThan(narrowBars[i] * 2));
  });

  test("names are shortened to what fits the width drawn", () => {
    const long = chartData(workedExample().result);
    long.bars[0] = { ...long.bars[0], name: "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Kiên Giang (Khối trưởng khối thi đua 17)" };
    containerWidth(296);
    const { unmount } = renderChart(long);
    const narrowName = screen.getAllByTestId("chart-bar")[0].querySelector("text")!.textContent!;
    expect(narrowName.endsWith("…")).toBe(true);
    unmount();
    jest.restoreAllMocks();
    containerWidth(900);
    renderChart(long);
    expect(screen.getAllByTestId("chart-bar")[0].querySelector("text")!.textContent).toBe(`1. ${long.bars[0].name}`);
  });
});

test("in the pane, the chart is drawn once the ranking above it had its paints (first screenful, then the rest), not with it", async () => {
  const frames = heldFrames();
  try {
    await rankedPane(calculation(rankedUnits()));
    expect(screen.getAllByTestId("ranking-row").length).toBeGreaterThan(0);
    expect(screen.queryByTestId("ranking-chart")).toBeNull();
    await frames.paint();
    expect(screen.queryByTestId("ranking-chart")).toBeNull();
    await frames.paint();
    expect(screen.getByTestId("ranking-chart")).toBeTruthy();
  } finally {
    frames.restore();
  }
});
