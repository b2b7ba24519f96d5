/**
 * The province batch end to end: 30 copies of the Khối 17 sample (the size of a real bloc's workbook) in a
 * folder, through `npm run batch` as an officer runs it (node scripts/rank.mjs --batch: start-up, reading,
 * scoring and writing 30 ranked copies, tong-hop.xlsx and tong-hop.json). The first run may bundle the
 * command and is shown apart; the goal is checked on the median of the runs after it.
 */
import { spawnSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { measured, reportGoal } from "./goal";
import { GOALS } from "./goals";
import { median } from "./stats";

const FILES = 30;
const MEASURED_RUNS = 3;
const ROOT = path.resolve(__dirname, "..");
const LAUNCHER = path.join(ROOT, "scripts", "rank.mjs");
const SAMPLE = path.join(ROOT, "samples", "khoi-17-kien-giang-2018.xlsx");

function runBatch(input: string, out: string): { ms: number; status: number | null; stderr: string } {
  const started = performance.now();
  const child = spawnSync(process.execPath, [LAUNCHER, "--batch", input, "--out", out], { cwd: ROOT, encoding: "utf8" });
  return { ms: performance.now() - started, status: child.status, stderr: child.stderr };
}

export async function run(): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), "khoi-bench-batch-"));
  try {
    const input = path.join(work, "tinh");
    await mkdir(input);
    for (let i = 1; i <= FILES; i++) await copyFile(SAMPLE, path.join(input, `khoi-${String(i).padStart(2, "0")}.xlsx`));
    console.log(`Thư mục thử: ${FILES} bản của mẫu Khối 17`);

    const cold = runBatch(input, path.join(work, "ra-0"));
    console.log(`lần đầu (nguội): ${cold.ms.toFixed(0)} ms, mã thoát ${cold.status}`);
    if (cold.status !== 0) throw new Error(`batch thoát với mã ${cold.status}:\n${cold.stderr.slice(0, 2000)}`);
    const times: number[] = [];
    for (let i = 1; i <= MEASURED_RUNS; i++) {
      const figures = runBatch(input, path.join(work, `ra-${i}`));
      if (figures.status !== 0) throw new Error(`batch thoát với mã ${figures.status}:\n${figures.stderr.slice(0, 2000)}`);
      times.push(figures.ms);
      console.log(`lần ${i}: ${figures.ms.toFixed(0)} ms`);
    }
    const summary = JSON.parse(await readFile(path.join(work, `ra-${MEASURED_RUNS}`, "tong-hop.json"), "utf8")) as { files: { status: string }[] };
    const ranked = summary.files.filter((f) => f.status === "ranked").length;
    if (ranked !== FILES) throw new Error(`chỉ ${ranked}/${FILES} tệp được xếp hạng: số đo không phản ánh một lần chạy đầy đủ`);
    const ms = median(times);
    reportGoal(GOALS.batch30, ms);
    measured("mỗi tệp (trung vị / số tệp)", ms / FILES, "ms");
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
