/* eslint-disable @typescript-eslint/no-require-imports -- the webpack plugin is a CommonJS file */
const { WorkerCompileHintsPlugin } = require("../../scripts/compile-hints-plugin.cjs") as { WorkerCompileHintsPlugin: new (worker: string) => { apply(compiler: unknown): void } };

/** Just enough of webpack for the plugin: one compilation whose processAssets step the test runs. */
function build(compilation: { asyncEntrypoints: unknown[]; entrypoints: Map<string, unknown> }): Map<string, string> {
  const assets = new Map<string, string>();
  let step: () => void = () => undefined;
  const compiler = {
    webpack: {
      Compilation: { PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE: 400 },
      sources: { ConcatSource: class { constructor(readonly head: string, readonly rest: string) {} } },
    },
    hooks: {
      thisCompilation: {
        tap: (_name: string, callback: (c: unknown) => void) =>
          callback({
            ...compilation,
            hooks: { processAssets: { tap: (_options: unknown, run: () => void) => (step = run) } },
            updateAsset: (file: string, update: (source: string) => { head: string; rest: string }) => {
              const updated = update(assets.get(file) ?? file);
              assets.set(file, updated.head + updated.rest);
            },
          }),
      },
    },
  };
  new WorkerCompileHintsPlugin("rank-worker").apply(compiler);
  step();
  return assets;
}

interface Chunk {
  files: Set<string>;
  getAllAsyncChunks(): Set<Chunk>;
}
const chunk = (files: string[], later: Chunk[] = []): Chunk => ({ files: new Set(files), getAllAsyncChunks: () => new Set(later) });

describe("the worker's compile hints (webpack.web.config.js)", () => {
  it("marks the worker's scripts and the chunks it loads, never the page's first download", () => {
    const shared = chunk(["11.js", "11.js.map"]);
    const page = chunk(["web.js"], [shared, chunk(["results.js"])]);
    const worker = chunk(["rank-worker.js"], [shared, chunk(["300.js"]), chunk(["web.js"])]);
    const assets = build({ asyncEntrypoints: [{ name: "rank-worker", chunks: [worker] }], entrypoints: new Map([["web", { chunks: [page] }]]) });
    expect(Object.fromEntries(assets)).toEqual({
      "rank-worker.js": "//# allFunctionsCalledOnLoad\nrank-worker.js",
      "11.js": "//# allFunctionsCalledOnLoad\n11.js",
      "300.js": "//# allFunctionsCalledOnLoad\n300.js",
    });
  });

  it("fails the build when the worker it is told of is not there (renamed)", () => {
    expect(() => build({ asyncEntrypoints: [], entrypoints: new Map() })).toThrow(/rank-worker/);
  });
});
