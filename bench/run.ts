/**
 * `npx tsx bench/run.ts`: the benchmarks as tsx runs them, unbundled — only to compare with `npm run bench`
 * (scripts/bench.mjs), which measures the bundled code production runs; tsx's transform is slower.
 * Runs every bench/*.bench.ts in alphabetical order. Each file exports `run(): Promise<void>`
 * and prints its own figures; this runner only frames them, so adding a benchmark is adding a file.
 * One failing benchmark does not hide the others' figures; the exit status says something failed.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

interface BenchModule {
  run?: () => Promise<void>;
  default?: { run?: () => Promise<void> };
}

export async function benchFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith(".bench.ts")).sort();
}

async function main(): Promise<void> {
  const dir = __dirname;
  const files = await benchFiles(dir);
  if (files.length === 0) {
    console.log("Không có tệp bench/*.bench.ts nào.");
    return;
  }
  let failed = 0;
  for (const file of files) {
    console.log(`\n=== ${file} ===`);
    const started = performance.now();
    try {
      const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as BenchModule;
      // tsx may hand a CommonJS module back under `default`.
      const run = mod.run ?? mod.default?.run;
      if (typeof run !== "function") throw new Error(`${file} does not export run(): Promise<void>`);
      await run();
      console.log(`--- ${file}: ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      failed++;
      console.error(`--- ${file} FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  if (failed > 0) {
    console.error(`\n${failed} of ${files.length} benchmark file(s) failed.`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
