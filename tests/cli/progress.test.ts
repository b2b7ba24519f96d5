import { LARGE_FILE_BYTES, Progress, SLOW_PHASE_MS } from "../../src/cli/progress";

function run(bytes: number, durations: number[]): string[] {
  const lines: string[] = [];
  let now = 0;
  const progress = new Progress((t) => lines.push(t.trim()), "vi", bytes, () => now);
  (["reading", "scoring", "writing"] as const).forEach((phase, i) => {
    now += durations[i] ?? 0;
    progress.phase(phase);
  });
  return lines;
}

describe("Progress", () => {
  it("is silent for a small, quick workbook", () => {
    expect(run(20_000, [0, 10, 10])).toEqual([]);
  });

  it("reports every phase for a large file", () => {
    expect(run(LARGE_FILE_BYTES + 1, [0, 10, 10])).toEqual(["Đang đọc…", "Đang chấm điểm…", "Đang ghi…"]);
  });

  it("starts reporting once a phase turns out slow", () => {
    expect(run(20_000, [0, SLOW_PHASE_MS + 1, 10])).toEqual(["Đang chấm điểm…", "Đang ghi…"]);
  });
});
