import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const RUNNER = join(ROOT, "scripts/bench.mjs");

jest.setTimeout(30_000);

/** Calls an export of scripts/bench.mjs in a real node process (the runner is an ES module). */
function call(expression: string): unknown {
  const code = `import(${JSON.stringify(RUNNER)}).then((m) => process.stdout.write(JSON.stringify(${expression})))`;
  return JSON.parse(execFileSync(process.execPath, ["-e", code], { encoding: "utf8" }));
}

describe("scripts/bench.mjs (npm run bench)", () => {
  it("runs only *.bench.ts files, alphabetically, narrowed to the words given", () => {
    const names = JSON.stringify(["zeta.bench.ts", "cli.bench.ts", "generate.ts", "core.bench.ts", "notes.md", "run.ts"]);
    expect(call(`m.benchFiles(${names})`)).toEqual(["cli.bench.ts", "core.bench.ts", "zeta.bench.ts"]);
    expect(call(`m.benchFiles(${names}, ["core", "zeta"])`)).toEqual(["core.bench.ts", "zeta.bench.ts"]);
    expect(call(`m.benchFiles(${names}, ["nothing"])`)).toEqual([]);
  });

  it("takes --check apart from the words that narrow the run", () => {
    expect(call(`m.parseArgs(["--check", "core", "cli"])`)).toEqual({ check: true, words: ["core", "cli"] });
    expect(call(`m.parseArgs([])`)).toEqual({ check: false, words: [] });
  });

  it("keeps each bundle under the cache folder, named after its benchmark", () => {
    expect(call(`m.bundleOf("core.bench.ts", "/cache/bench")`)).toBe(join("/cache/bench", "core.bench.cjs"));
  });
});
