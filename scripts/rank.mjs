#!/usr/bin/env node
/**
 * `npm run rank` / `npm run demo`: runs the command line (src/cli/main.ts) from one pre-bundled
 * JavaScript file instead of compiling TypeScript at every start with tsx.
 *
 * The bundle lives in node_modules/.cache/khoi-thi-dua/ and is rebuilt with esbuild (installed with the
 * dev dependencies, through tsx) on first use and whenever a source file it was built from is newer or
 * gone — so a fresh clone works right after `npm ci`, and an edited source is never run stale.
 * Without esbuild (production install) the command falls back to tsx, then fails with a clear message.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ENTRY = path.join(ROOT, "src", "cli", "main.ts");
const CACHE = path.join(ROOT, "node_modules", ".cache", "khoi-thi-dua");
const BUNDLE = path.join(CACHE, "cli.cjs");
const MANIFEST = path.join(CACHE, "cli.inputs.json");
const require = createRequire(import.meta.url);

/** Inputs of the last build with their modification times; stale when any changed or disappeared. */
export function isFresh(manifestFile = MANIFEST, bundleFile = BUNDLE) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    statSync(bundleFile);
  } catch {
    return false;
  }
  if (!manifest || typeof manifest.inputs !== "object") return false;
  for (const [file, mtimeMs] of Object.entries(manifest.inputs)) {
    try {
      if (statSync(path.resolve(ROOT, file)).mtimeMs !== mtimeMs) return false;
    } catch {
      return false;
    }
  }
  return true;
}

async function build(esbuild) {
  mkdirSync(CACHE, { recursive: true });
  // Built beside the final name, then renamed: two commands started at once never run half a file.
  const temp = `${BUNDLE}.${process.pid}.tmp`;
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: temp,
    metafile: true,
    logLevel: "warning",
    absWorkingDir: ROOT,
  });
  const inputs = {};
  for (const file of Object.keys(result.metafile.inputs)) {
    // Package files change only through npm, which rewrites package-lock.json: watch that instead.
    if (file.includes("node_modules/")) continue;
    inputs[file] = statSync(path.resolve(ROOT, file)).mtimeMs;
  }
  const lock = statSync(path.join(ROOT, "package-lock.json"), { throwIfNoEntry: false });
  if (lock) inputs["package-lock.json"] = lock.mtimeMs;
  renameSync(temp, BUNDLE);
  writeFileSync(MANIFEST, JSON.stringify({ inputs }));
}

function loadEsbuild() {
  try {
    return require("esbuild");
  } catch {
    return null;
  }
}

/** `npm run demo`: the bundled sample, its paths relative to the package whatever folder npm was started in. */
const DEMO_ARGS = [
  "samples/khoi-17-kien-giang-2018.xlsx",
  "--out",
  "samples/output/khoi-17-kien-giang-2018-xep-hang.xlsx",
  "--json",
  "samples/output/khoi-17-kien-giang-2018.json",
];

async function main() {
  if (process.argv[2] === "--demo") {
    process.argv.splice(2, 1, ...DEMO_ARGS);
    process.env.INIT_CWD = ROOT;
    // The demo's own output folder (git-ignored): the command line refuses an --out folder that does not exist.
    mkdirSync(path.join(ROOT, "samples", "output"), { recursive: true });
  }
  if (!isFresh()) {
    const esbuild = loadEsbuild();
    if (esbuild === null) return runWithTsx();
    await build(esbuild);
  }
  // In this process: a second node process would cost its start-up time and memory again.
  require(BUNDLE);
}

function runWithTsx() {
  const child = spawnSync(process.execPath, [require.resolve("tsx/cli"), ENTRY, ...process.argv.slice(2)], { stdio: "inherit" });
  process.exitCode = child.status ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`Không chạy được chương trình / The program could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
