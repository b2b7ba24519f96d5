import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIGURES_ENV, goalLine, meets, notMeasured, report, reportGoal, type Figure } from "../../bench/goal";
import { ALL_GOALS, GOALS, type Goal } from "../../bench/goals";
import { median } from "../../bench/stats";
import { expectedGoals, parseFigures, summarize } from "../../bench/summary";

describe("bench/goal.ts: a figure beside its goal", () => {
  it("prints PASS under the goal and MISS at or above it, with the goal", () => {
    expect(goalLine("thời gian", 42.04, 50, "ms")).toBe("PASS  thời gian: 42.0 ms (goal < 50 ms)");
    expect(goalLine("thời gian", 49.96, 50, "ms")).toBe("PASS  thời gian: 49.96 ms (goal < 50 ms)");
    expect(goalLine("gzip", 119.8, 120, "KB")).toBe("PASS  gzip: 119.8 KB (goal < 120 KB)");
    expect(goalLine("thời gian", 50, 50, "ms")).toMatch(/^MISS {2}thời gian: 50 ms/);
    expect(goalLine("CLI", 2712.4, 1500, "ms")).toBe("MISS  CLI: 2,712 ms (goal < 1,500 ms)");
  });

  it("compares counts as 'at most' and speed-ups as 'at least' when told", () => {
    expect(goalLine("syncs", 2, 2, "syncs", { comparison: "<=" })).toBe("PASS  syncs: 2 syncs (goal ≤ 2 syncs)");
    expect(goalLine("syncs", 3, 2, "syncs", { comparison: "<=" })).toMatch(/^MISS/);
    expect(goalLine("faster", 49.5, 50, "×", { comparison: ">=" })).toBe("MISS  faster: 49.5× (goal ≥ 50×)");
    expect(meets(50, 50, ">=")).toBe(true);
  });

  it("prints a figure that could not be measured as a MISS with the reason", () => {
    expect(goalLine("first render", null, 500, "ms", {}, "no /usr/bin/chromium")).toBe("MISS  first render: not measured — no /usr/bin/chromium (goal < 500 ms)");
  });

  describe("records every figure for the runner", () => {
    let dir = "";
    let log: jest.SpyInstance;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), "bench-goal-"));
      process.env[FIGURES_ENV] = join(dir, "figures.jsonl");
      log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    });
    afterEach(() => {
      delete process.env[FIGURES_ENV];
      log.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    });

    it("appends one line per figure, met or not, and says whether it met its goal", () => {
      expect(report("a", 10, 50, "ms")).toBe(true);
      expect(reportGoal(GOALS.cliMemory, 250)).toBe(false);
      notMeasured("b", 1, "KB", "no build");
      const figures = parseFigures(readFileSync(process.env[FIGURES_ENV]!, "utf8"));
      expect(figures.map((f) => [f.id, f.value, f.met])).toEqual([[null, 10, true], ["cliMemory", 250, false], [null, null, false]]);
      expect(log.mock.calls.map((call) => String(call[0]).slice(0, 4))).toEqual(["PASS", "MISS", "MISS"]);
    });
  });
});

describe("bench/summary.ts: the end of npm run bench", () => {
  const goal = (id: string, bench: string): Goal => ({ id, label: id, goal: 10, unit: "ms", bench });
  const goals = [goal("core", "core.bench.ts"), goal("batch", "batch.bench.ts"), goal("pane", "pane.bench.ts")];
  const figure = (id: string | null, value: number, met: boolean): Figure => ({ id, label: id ?? "x", value, goal: 10, unit: "ms", comparison: "<", met, line: `${met ? "PASS" : "MISS"}  ${id}` });

  it("counts a goal no benchmark reported as a MISS and says why", () => {
    const summary = summarize([figure("core", 5, true)], goals, { words: [], existing: ["core.bench.ts", "pane.bench.ts"], crashed: ["pane.bench.ts"] });
    expect(summary.misses).toBe(2);
    expect(summary.total).toBe(3);
    expect(summary.lines[1]).toBe("MISS  batch: not measured — bench/batch.bench.ts does not exist yet (goal < 10 ms)");
    expect(summary.lines[2]).toContain("bench/pane.bench.ts failed before reporting it");
  });

  it("counts missed figures, reported ones with no goal of bench/goals.ts included", () => {
    const summary = summarize([figure("core", 50, false), figure(null, 1, false), figure("batch", 1, true), figure("pane", 1, true)], goals, { words: [], existing: [], crashed: [] });
    expect(summary.misses).toBe(2);
  });

  it("expects only the goals of the files the words select", () => {
    expect(expectedGoals(goals, ["core"]).map((g) => g.id)).toEqual(["core"]);
    expect(expectedGoals(goals, []).map((g) => g.id)).toEqual(["core", "batch", "pane"]);
    expect(summarize([], goals, { words: ["core"], existing: ["core.bench.ts"], crashed: [] }).lines).toEqual(["MISS  core: not measured — bench/core.bench.ts did not report it (goal < 10 ms)"]);
  });

  it("declares every goal the project set, each measured by a bench file", () => {
    const byId = Object.fromEntries(ALL_GOALS.map((g) => [g.id, [g.goal, g.unit, g.comparison ?? "<"]]));
    expect(byId).toMatchObject({
      core3000: [50, "ms", "<"],
      compare300: [100, "ms", "<"],
      cliTime: [1500, "ms", "<"],
      cliMemory: [200, "MB", "<"],
      addinSyncsSample: [2, "syncs", "<="],
      paneInitialJs: [120, "KB", "<"],
      paneFirstRender: [500, "ms", "<"],
      webFirstRender: [500, "ms", "<"],
      webDrop300: [1000, "ms", "<"],
      batch30: [10000, "ms", "<"],
    });
    for (const g of ALL_GOALS) expect(g.bench).toMatch(/^[a-z0-9-]+\.bench\.ts$/);
  });
});

describe("bench/stats.ts", () => {
  it("takes the median of odd and even counts", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});
