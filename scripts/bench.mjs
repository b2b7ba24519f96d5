#!/usr/bin/env node
/**
 * `npm run bench`: bundles every bench/*.bench.ts with esbuild, as production runs the code (esbuild
 * for the command line, webpack for the add-in and the web page), then runs them one after the other.
 *
 * Why not tsx: its on-the-fly transform wraps functions for their names and modules for CommonJS
 * interop, which made the scoring core measure about 40 % slower than the bundle officers run.
 *
 * Each file exports `run(): Promise<void>` and prints its own figures; each runs in a fresh node process
 * so one benchmark's heap and compiled code never colour the next one's figures. One failing benchmark
 * does not hide the others'; the exit status says something failed.
 * `npm run bench -- core cli` runs only the files whose names contain one of the words.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

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

/** The bundle of bench/<file>: same folder layout, so the runner finds it by name. */
export function bundleOf(file, cache = CACHE) {
  return path.join(cache, file.replace(/\.ts$/, ".cjs"));
}

async function bundle(files) {
  const esbuild = require("esbuild");
  mkdirSync(CACHE, { recursive: true });
  await esbuild.build({
    entryPoints: files.map((file) => path.join(BENCH, file)),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outdir: CACHE,
    outExtension: { ".js": ".cjs" },
    // The benchmarks find the project (dist/, scripts/rank.mjs) from their own folder, as under tsx.
    define: { __dirname: JSON.stringify(BENCH) },
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
  const files = benchFiles(readdirSync(BENCH), process.argv.slice(2));
  if (files.length === 0) {
    console.log("Không có tệp bench/*.bench.ts nào (khớp với tên đã cho).");
    return;
  }
  // Always rebuilt (about a second for all of them): a figure from stale code would mislead.
  await bundle(files);
  let failed = 0;
  for (const file of files) {
    console.log(`\n=== ${file} ===`);
    const started = performance.now();
    const child = spawnSync(process.execPath, ["-e", RUN_ONE, bundleOf(file)], { cwd: ROOT, stdio: "inherit" });
    const ms = Math.round(performance.now() - started);
    if (child.status === 0) {
      console.log(`--- ${file}: ${ms} ms`);
    } else {
      failed++;
      console.error(`--- ${file} FAILED (mã thoát ${child.status ?? child.signal})`);
    }
  }
  if (failed > 0) {
    console.error(`\n${failed} of ${files.length} benchmark file(s) failed.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
}
