/**
 * For webpack.web.config.js: marks the ranking worker's scripts for V8's eager compilation (the
 * "//# allFunctionsCalledOnLoad" compile hint, Chromium 136 and later; other engines read a comment).
 *
 * Why: the worker is started ahead, once the page has painted (src/web/ranking/spare-worker.ts), but V8
 * compiles each function only when it is first called: the reader's, the scoring's and the writer's
 * functions were compiled while the officer's file waited (~150–250 ms of a 300 × 20 bloc's drop in
 * Chromium's trace). Marked, they are compiled when the spare worker loads its scripts, before any file.
 * The page's own first download is never marked (compiled eagerly, it would delay the page's first
 * screen); chunks the worker shares with the page's later ones (its no-worker fallback, the results view)
 * are, as their code is run when the page loads them.
 */
const HINT = "//# allFunctionsCalledOnLoad\n";

class WorkerCompileHintsPlugin {
  /** `worker`: the worker's chunk name (webpackChunkName of its `new Worker(new URL(…))`). */
  constructor(worker) {
    this.worker = worker;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("WorkerCompileHintsPlugin", (compilation) => {
      // After minification (which would drop the comment), before the source maps and content hashes.
      compilation.hooks.processAssets.tap({ name: "WorkerCompileHintsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 }, () => {
        const worker = compilation.asyncEntrypoints.find((entry) => entry.name === this.worker);
        if (worker === undefined) throw new Error(`WorkerCompileHintsPlugin: no worker entry named ${this.worker}`);
        const page = filesOf([...compilation.entrypoints.values()], false);
        for (const file of filesOf([worker], true)) {
          if (!page.has(file)) compilation.updateAsset(file, (source) => new sources.ConcatSource(HINT, source));
        }
      });
    });
  }
}

/** The .js files of the entry points' chunks, and of every chunk they load later when `later`. */
function filesOf(entries, later) {
  const files = new Set();
  for (const entry of entries) {
    for (const chunk of entry.chunks) {
      for (const reached of later ? [chunk, ...chunk.getAllAsyncChunks()] : [chunk]) for (const file of reached.files) if (file.endsWith(".js")) files.add(file);
    }
  }
  return files;
}

module.exports = { WorkerCompileHintsPlugin };
