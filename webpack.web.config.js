/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the standalone page ("Without Excel") into dist-web/: index.html, the page bundle, the ranking
 * worker (reader, scoring, writer: fetched when a file is dropped), and the Khối 17 sample workbook. Static files only: any web server or file
 * share can host the folder; `npm run serve:web` serves it locally.
 *
 *   npm run build:web   production: content-hashed bundles, source maps
 *
 * Separate from webpack.config.js (the add-in) because this page loads no office.js and needs a
 * Content-Security-Policy without any external origin, so it works offline.
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { WorkerCompileHintsPlugin } = require("./scripts/compile-hints-plugin.cjs");
const { ContentSecurityPolicyPlugin } = require("./scripts/csp-plugin.cjs");
const { firstScreenParameters } = require("./scripts/first-screen.cjs");

/**
 * Nothing from other origins: the page must work offline and must never send the officer's file anywhere.
 * The first screen's inline script is allowed by its hash.
 */
const contentSecurityPolicy = (hashes) => [
  "default-src 'self'",
  `script-src 'self' ${hashes.join(" ")}`.trim(),
  // Fluent UI (Griffel) inserts its styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // The ranking runs in a worker bundled beside the page (src/web/ranking/rank-worker.ts).
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

module.exports = (env, argv) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    target: "web",
    devtool: "source-map",
    entry: { web: "./src/web/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist-web"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // Relative to the page, so the folder works from any sub-path of a server or from a file share.
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // No Node polyfills: a Node module reaching this bundle is a mistake the build must report.
      fallback: {},
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: true } } },
          // Our modules only declare things (no module is imported for what it does on load), so a module
          // whose exports a bundle does not use is left out of it entirely — e.g. the exact arithmetic
          // behind one number-display helper stays out of the pane's first download.
          sideEffects: false,
        },
      ],
    },
    plugins: [
      // The page's first screen, painted before the bundle has run (src/web/first-screen.tsx).
      new HtmlWebpackPlugin({ template: "./src/web/index.html", filename: "index.html", templateParameters: firstScreenParameters("src/web/first-screen.tsx") }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "samples/khoi-17-kien-giang-2018.xlsx", to: "samples/[name][ext]" },
          { from: "assets/*.png", to: "assets/[name][ext]", noErrorOnMissing: true },
        ],
      }),
      new ContentSecurityPolicyPlugin(contentSecurityPolicy),
      // The ranking worker's functions compiled when the spare worker loads, not while a file waits.
      new WorkerCompileHintsPlugin("rank-worker"),
    ],
    performance: { hints: false },
  };
};
