/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * For the webpack configs: runs a first-screen module (src/taskpane/first-screen.tsx,
 * src/web/first-screen.tsx) at build time and returns its { head, body } for the HTML template: the
 * page's first screen as static HTML, painted before the bundle has even loaded. The module is bundled
 * for Node by esbuild (React's server renderer, Fluent UI, our sources) and run in this process.
 */
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");

async function firstScreenParts(entry) {
  const { build } = require("esbuild");
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    jsx: "automatic",
    // React's production server renderer, as the browser gets React's production build.
    define: { "process.env.NODE_ENV": '"production"' },
    write: false,
    logLevel: "warning",
  });
  const compiled = { exports: {} };
  new Function("module", "exports", "require", result.outputFiles[0].text)(compiled, compiled.exports, require);
  return compiled.exports.firstScreen();
}

/**
 * HtmlWebpackPlugin's templateParameters: its usual ones plus `firstScreen`, rendered when the page is
 * built (not when the config is read, which tests and tools do without building).
 */
function firstScreenParameters(entry) {
  return async (compilation, assets, assetTags, options) => ({
    compilation,
    webpackConfig: compilation.options,
    htmlWebpackPlugin: { tags: assetTags, files: assets, options },
    firstScreen: await firstScreenParts(entry),
  });
}

module.exports = { firstScreenParameters };
