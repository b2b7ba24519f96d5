#!/usr/bin/env node
/**
 * `npm run bench`: bundles every bench/*.bench.ts with esbuild, as production runs the code (esbuild
 * for the command line, webpack for the add-in and the web page), then runs them one after the other.
 *
 * Why not tsx: its on-the-fly transform wraps functions for their names and modules for CommonJS
 * interop, which made the scoring core measure about 40 % slower than the bundle officers run.
 *
 * Each file exports `run(): Promise<void>` and reports its figures through bench/goal.ts (each beside its
 * goal, PASS or MISS); each runs in a fresh node process so one benchmark's heap and compiled code never
 * colour the next one's figures. At the end every figure is listed again with the goals of bench/goals.ts
 * that no benchmark reported (a MISS: not measured).
 *
 *   npm run bench                  all benchmarks; exit status 1 only when a benchmark failed to run
 *   npm run bench -- core cli      only the files whose names contain one of the words
 *   npm run bench -- --check       also exit status 1 when any figure misses its goal (machines are noisy:
 *                                  not part of CI)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BENCH = path.join(ROOT, "bench");
const CACHE = path.join(ROOT, "node_modules", ".cache", "khoi-thi-dua", "bench");
const require = createRequire(import.meta.url);

/** bench/*.bench.ts in alphabetical order, narrowed to the names containing one of `words` when given. */
export function benchFiles(names, words = []) {
  return names
    .filter((name) => name.endsWith(".bench.ts"))
    .filter((name) => words.length === 0 || words.some((word) => name.includes(word)))
    .sort();
}

/** `--check` and the words that narrow the run, from the command line's arguments. */
export function parseArgs(args) {
  return { check: args.includes("--check"), words: args.filter((arg) => arg !== "--check") };
}

/** The bundle of bench/<file>: same folder layout, so the runner finds it by name. */
export function bundleOf(file, cache = CACHE) {
  return path.join(cache, file.replace(/\.ts$/, ".cjs"));
}

/**
 * The browser benchmarks share scripts/browser-kit.mjs with the browser tests; bundled into CommonJS, its
 * `import.meta.url` would be empty, so each .mjs gets its own file URL written in.
 */
const importMetaUrl = {
  name: "import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.mjs$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
      loader: "js",
    }));
  },
};

async function bundle(files) {
  const esbuild = require("esbuild");
  mkdirSync(CACHE, { recursive: true });
  await esbuild.build({
    // summary.ts and goals.ts: the runner's own end-of-run listing.
    entryPoints: [...files, "summary.ts", "goals.ts"].map((file) => path.join(BENCH, file)),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outdir: CACHE,
    outExtension: { ".js": ".cjs" },
    // The benchmarks find the project (dist/, scripts/rank.mjs) from their own folder, as under tsx.
    define: { __dirname: JSON.stringify(BENCH) },
    // The browser driver and the bundler are tools of the benchmark, not code it measures.
    external: ["playwright-core", "esbuild"],
    plugins: [importMetaUrl],
    logLevel: "warning",
    absWorkingDir: ROOT,
  });
}

/** Loads one bundled benchmark in this (fresh) process and runs it; the exit status is its outcome. */
const RUN_ONE = `
const mod = require(process.argv[1]);
const run = mod.run ?? (mod.default && mod.default.run);
if (typeof run !== "function") { console.error(process.argv[1] + " does not export run(): Promise<void>"); process.exit(1); }
run().catch((error) => { console.error(error && error.stack ? error.stack : String(error)); process.exitCode = 1; });
`;

async function main() {
  const { check, words } = parseArgs(process.argv.slice(2));
  const existing = benchFiles(readdirSync(BENCH));
  const files = benchFiles(existing, words);
  if (files.length === 0) {
    console.log("Không có tệp bench/*.bench.ts nào (khớp với tên đã cho).");
    return;
  }
  // Always rebuilt (about a second for all of them): a figure from stale code would mislead.
  await bundle(files);
  const work = mkdtempSync(path.join(tmpdir(), "khoi-bench-"));
  const figuresFile = path.join(work, "figures.jsonl");
  const crashed = [];
  try {
    for (const file of files) {
      console.log(`\n=== ${file} ===`);
      const started = performance.now();
      const child = spawnSync(process.execPath, ["-e", RUN_ONE, bundleOf(file)], {
        cwd: ROOT,
        stdio: "inherit",
        env: { ...process.env, BENCH_FIGURES: figuresFile },
      });
      const ms = Math.round(performance.now() - started);
      if (child.status === 0) {
        console.log(`--- ${file}: ${ms} ms`);
      } else {
        crashed.push(file);
        console.error(`--- ${file} FAILED (mã thoát ${child.status ?? child.signal})`);
      }
    }
    const { summarize, parseFigures } = require(bundleOf("summary.ts"));
    const { ALL_GOALS } = require(bundleOf("goals.ts"));
    const figures = existsSync(figuresFile) ? parseFigures(readFileSync(figuresFile, "utf8")) : [];
    const summary = summarize(figures, ALL_GOALS, { words, existing, crashed });
    // A loaded machine stretches every time: the load beside the date lets two runs be compared fairly.
    const load = `load average ${loadavg().map((l) => l.toFixed(1)).join(" / ")} on ${cpus().length} cores`;
    console.log(`\n=== Figures and goals (${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${load}) ===`);
    for (const line of summary.lines) console.log(line);
    console.log(`${summary.total} figures: ${summary.total - summary.misses} PASS, ${summary.misses} MISS.`);
    if (check && summary.misses > 0) {
      console.error(`--check: ${summary.misses} figure(s) miss their goal.`);
      process.exitCode = 1;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (crashed.length > 0) {
    console.error(`\n${crashed.length} of ${files.length} benchmark file(s) failed: ${crashed.join(", ")}.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
}
