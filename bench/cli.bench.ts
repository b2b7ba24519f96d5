/**
 * End-to-end command line on a generated 300 members × 20 targets workbook: wall time and peak memory of
 * the whole process as `npm run rank` runs it (node scripts/rank.mjs: start-up, reading, scoring, writing
 * the output workbook and JSON), compared with the goals. The first run may bundle the command and is
 * shown apart; the goals are checked on the median time and the largest peak of the runs after it.
 * Goals (bench/goals.ts): under 1.5 s and 200 MB.
 * Peak memory comes from GNU time (/usr/bin/time -v, which counts any child process too), or from
 * process.resourceUsage() inside each node process when GNU time is not installed.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { writeBlocXlsx } from "./generate";
import { reportGoal } from "./goal";
import { GOALS } from "./goals";
import { median } from "./stats";

const MEMBERS = 300;
const TARGETS_PER_MEMBER = 20;
const MEASURED_RUNS = 5;

const ROOT = path.resolve(__dirname, "..");
/** What `npm run rank` runs (package.json). */
const LAUNCHER = path.join(ROOT, "scripts", "rank.mjs");
const CLI = path.join(ROOT, "src", "cli", "main.ts");
const GNU_TIME = "/usr/bin/time";

export interface RunFigures {
  wallMs: number;
  maxRssMb: number;
  status: number | null;
  stderr: string;
}

/** "Maximum resident set size (kbytes): 123456" in GNU time -v output, in kilobytes. */
export function parseMaxRssKb(timeOutput: string): number | null {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(timeOutput);
  return match ? Number(match[1]) : null;
}

// Loaded into every node process of the run through NODE_OPTIONS; each writes its own peak on exit.
const RSS_HOOK = `const fs = require("fs"); const path = require("path");
process.on("exit", () => { try { fs.writeFileSync(path.join(process.env.BENCH_RSS_DIR, process.pid + ".kb"), String(process.resourceUsage().maxRSS)); } catch {} });`;

async function runCli(args: string[], work: string): Promise<RunFigures> {
  if (existsSync(GNU_TIME)) {
    const timeFile = path.join(work, "time.txt");
    const started = performance.now();
    const child = spawnSync(GNU_TIME, ["-v", "-o", timeFile, process.execPath, LAUNCHER, ...args], { cwd: ROOT, encoding: "utf8" });
    const wallMs = performance.now() - started;
    const kb = parseMaxRssKb(await readFile(timeFile, "utf8"));
    if (kb === null) throw new Error(`GNU time gave no peak memory: ${await readFile(timeFile, "utf8")}`);
    return { wallMs, maxRssMb: kb / 1024, status: child.status, stderr: child.stderr };
  }
  const rssDir = await mkdtemp(path.join(work, "rss-"));
  const hook = path.join(work, "rss-hook.cjs");
  await writeFile(hook, RSS_HOOK);
  const started = performance.now();
  const child = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, BENCH_RSS_DIR: rssDir, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${hook}`.trim() },
  });
  const wallMs = performance.now() - started;
  const peaks = await Promise.all((await readdir(rssDir)).map(async (f) => Number(await readFile(path.join(rssDir, f), "utf8"))));
  // Should the launcher fall back to tsx, the processes run nested: the biggest one bounds the peak.
  return { wallMs, maxRssMb: Math.max(0, ...peaks) / 1024, status: child.status, stderr: child.stderr };
}

export async function run(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${path.relative(ROOT, CLI)} chưa có: benchmark dòng lệnh cần CLI.`);
  const work = await mkdtemp(path.join(os.tmpdir(), "khoi-bench-cli-"));
  try {
    const input = path.join(work, `khoi-${MEMBERS}x${TARGETS_PER_MEMBER}.xlsx`);
    const counts = await writeBlocXlsx(input, MEMBERS, TARGETS_PER_MEMBER);
    console.log(`Tệp thử: ${MEMBERS} đơn vị × ${TARGETS_PER_MEMBER} chỉ tiêu (${counts["Chỉ tiêu"]} dòng Chỉ tiêu, ${counts["Chấm điểm"]} dòng Chấm điểm)`);
    console.log(`Đo bằng: ${existsSync(GNU_TIME) ? "/usr/bin/time -v" : "process.resourceUsage() trong tiến trình con"}`);
    const args = [input, "--out", path.join(work, "out.xlsx"), "--json", path.join(work, "out.json")];

    // The first run may also build the bundle (scripts/rank.mjs); it is shown but not compared with the goals.
    const cold = await runCli(args, work);
    console.log(`lần đầu (nguội): ${cold.wallMs.toFixed(0)} ms, ${cold.maxRssMb.toFixed(0)} MB, mã thoát ${cold.status}`);
    if (cold.status !== 0 && cold.status !== 2) throw new Error(`CLI thoát với mã ${cold.status}:\n${cold.stderr.slice(0, 2000)}`);

    const runs: RunFigures[] = [];
    for (let i = 0; i < MEASURED_RUNS; i++) {
      const figures = await runCli(args, work);
      runs.push(figures);
      console.log(`lần ${i + 1}: ${figures.wallMs.toFixed(0)} ms, ${figures.maxRssMb.toFixed(0)} MB, mã thoát ${figures.status}`);
    }
    await reportOutcome(path.join(work, "out.json"), runs[runs.length - 1].status);
    reportGoal(GOALS.cliTime, median(runs.map((r) => r.wallMs)));
    reportGoal(GOALS.cliMemory, Math.max(...runs.map((r) => r.maxRssMb)));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A benchmark of a blocked ranking would measure less work than a real one: say so. */
async function reportOutcome(jsonFile: string, status: number | null): Promise<void> {
  if (!existsSync(jsonFile)) {
    console.log("CẢNH BÁO: CLI không ghi tệp JSON.");
    return;
  }
  const json = JSON.parse(await readFile(jsonFile, "utf8")) as { units: { rank: number | null }[]; issues: { severity: string }[] };
  const errors = json.issues.filter((i) => i.severity === "error").length;
  const warnings = json.issues.length - errors;
  console.log(`kết quả: ${json.units.filter((u) => u.rank !== null).length} đơn vị được xếp hạng, ${errors} lỗi, ${warnings} cảnh báo`);
  if (status === 2 || errors > 0) console.log("CẢNH BÁO: bảng xếp hạng bị chặn vì lỗi — số đo không phản ánh một lần tính đầy đủ.");
}
