/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, __dirname */
/**
 * Builds the add-in into dist/: taskpane.html + commands.html with their bundles, the icons, and a local
 * copy of office.js. Office.js is served from dist/office-js/ so the add-in works on intranets without
 * internet access; the pages could instead load the CDN copy
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js (the CSP below allows both).
 *
 *   npm run build       production: content-hashed bundles, source maps, Content-Security-Policy meta
 *   npm run dev-server  https://localhost:3000 with the Office dev certificate (office-addin-dev-certs)
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { ContentSecurityPolicyPlugin } = require("./scripts/csp-plugin.cjs");
const { firstScreenParameters } = require("./scripts/first-screen.cjs");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com";
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/**
 * What office.js loads at run time from its own folder, for Excel: the host/platform scripts, the
 * app-to-file mapping table, the UI strings of every locale (chosen by the Office display language)
 * and its telemetry scripts. The rest of @microsoft/office-js/dist (Word, Outlook, PowerPoint,
 * OneNote, debug builds: ~70 of its ~86 MB) is never requested by an Excel add-in.
 */
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "es6-promise.js",
  "excel*.js",
  "*/office_strings.js",
  "telemetry/oteljs_agave.js",
  "ariatelemetry/aria-web-telemetry.js",
];

/** Inline <script> blocks (the legacy-browser check, the first screen's) are allowed by their hashes. */
function contentSecurityPolicy(hashes) {
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_CDN} ${hashes.join(" ")}`.trim(),
    // Fluent UI (Griffel) inserts its styles at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

async function devServerHttps() {
  // Only `webpack serve` needs the certificate; `npm run build` never touches it.
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
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
      // The pane's first screen, painted before office.js is ready and the bundle has run (src/taskpane/first-screen.tsx).
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"], templateParameters: firstScreenParameters("src/taskpane/first-screen.tsx") }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...OFFICE_JS_FILES.map((pattern) => ({ from: pattern, context: OFFICE_JS_DIST, to: "office-js/", globOptions: { ignore: ["**/*.debug.js"] } })),
        ],
      }),
      ...(production ? [new ContentSecurityPolicyPlugin(contentSecurityPolicy)] : []),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttps() },
          static: false,
        }
      : undefined,
  };
};
