#!/usr/bin/env node
/**
 * `npm start`, `npm run start:web`, `npm stop`: office-addin-debugging, made to tell the truth.
 *
 *   node scripts/start.mjs desktop        dev server on https://localhost:3000 + sideload into desktop Excel
 *   node scripts/start.mjs web --document <URL of a workbook in OneDrive/SharePoint>   Excel on the web
 *   node scripts/start.mjs stop           stop the dev server and unregister the add-in
 *
 * Why a wrapper: office-addin-debugging catches its own errors, prints "Error: Unable to start debugging"
 * and still exits 0; on Linux it even starts the dev server and then fails to sideload, because only
 * Windows (registry) and macOS (the wef folder) have a desktop Excel to sideload into. So:
 * - `npm start` on a platform without desktop Excel, or start:web without a document, exits 1 at once,
 *   saying what to use instead;
 * - otherwise the tool runs with its output passed through, and a non-zero exit, a known failure text
 *   (sideloading, the dev server, the certificate) or a missing "Started." line is a failure: exit 1
 *   with the same advice.
 * - `npm stop` runs everywhere (it also stops the dev server start:web started); with no desktop Excel,
 *   there is no registration to remove, so "Unable to unregister" is no failure there.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

/** Where Microsoft's tools can sideload into desktop Excel. */
export const DESKTOP_EXCEL_PLATFORMS = ["win32", "darwin"];

/** The arguments office-addin-debugging gets for each mode (as package.json ran it before this wrapper). */
export const MODES = {
  desktop: ["start", "manifest.xml"],
  web: ["start", "manifest.xml", "web"],
  stop: ["stop", "manifest.xml"],
};

/** What office-addin-debugging prints when it has failed, although it exits 0. */
export const FAILURE_TEXTS = [
  /Unable to start debugging/i,
  /Unable to stop debugging/i,
  /Unable to sideload/i,
  /Unable to start the dev server/i,
  /The dev server is not running/i,
  /Unable to unregister/i,
  /Platform not supported/i,
  /For sideload to web, you need to specify a document url/i,
  /Unable to (install|verify|generate|read|uninstall) (the )?(CA )?certificate/i,
  /certificate (is not valid|key is not valid|is not trusted)/i,
  /\b(ERR_CERT_[A-Z_]+|UNABLE_TO_VERIFY_LEAF_SIGNATURE|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|CERT_HAS_EXPIRED)\b/,
];

/** The line office-addin-debugging ends a success with, per mode. */
export const SUCCESS_TEXTS = {
  desktop: /^(Debugging started|Started)\.\s*$/m,
  web: /^(Debugging started|Started)\.\s*$/m,
  stop: /^Debugging has been stopped\.\s*$/m,
};

/** What to do instead, in Vietnamese then English, printed with every refusal and failure. */
export function guidance() {
  return [
    "Cách khác (other ways):",
    "  • Trang web, không cần Excel (web page, no Excel): npm run build:web && npm run serve:web → http://localhost:8080",
    "  • Dòng lệnh (command line): npm run rank -- tệp.xlsx",
    "  • Cài add-in bằng tay (manual sideload): README.md, mục \"Build and sideload\" (Windows: shared folder catalogue; Mac: the wef folder; Excel on the web: Upload My Add-in)",
  ].join("\n");
}

const hasDesktopExcel = (platform) => DESKTOP_EXCEL_PLATFORMS.includes(platform);
const WEB_USAGE = `npm run start:web -- --document "<URL of a workbook in OneDrive/SharePoint>"`;

/**
 * null when `mode` can run on `platform` with `args`; otherwise the message to print before exiting 1.
 * Excel on the web can be sideloaded from any platform (a browser opens the document), given a document.
 */
export function refusal(mode, platform, args = [], env = {}) {
  if (!(mode in MODES)) {
    return `Không rõ chế độ "${mode}": dùng desktop, web hoặc stop. (Unknown mode "${mode}": use desktop, web or stop.)`;
  }
  if (mode === "web") {
    if (args.some((arg) => arg === "--document" || arg.startsWith("--document=")) || env.npm_package_config_document) return null;
    return `npm run start:web cần địa chỉ một sổ làm việc trên OneDrive/SharePoint; chưa khởi động gì cả. (Excel on the web needs a workbook's URL; nothing was started.)\n${WEB_USAGE}`;
  }
  if (mode === "stop" || hasDesktopExcel(platform)) return null;
  return (
    `npm start: máy này (${platform}) không có Excel cho máy tính, nên không nạp add-in được; chưa khởi động gì cả.\n` +
    `(npm start: this ${platform} machine has no desktop Excel to sideload into — Windows or macOS only; nothing was started.)\n` +
    `Excel trên web (Excel on the web): ${WEB_USAGE}`
  );
}

/** Unregistering fails where nothing can be registered: stopping is still a success there. */
const NOTHING_REGISTERED = [/Unable to unregister/i, /Platform not supported/i];

/**
 * Whether office-addin-debugging succeeded, from its exit and everything it printed:
 * `{ ok: true }` or `{ ok: false, reason }`.
 */
export function judge(mode, { status, signal = null, output }, platform = process.platform) {
  if (signal) return { ok: false, reason: `office-addin-debugging stopped by ${signal}` };
  if (status !== 0) {
    // A broken install (a module of Microsoft's tools missing) shows as a stack trace: name the module.
    const missing = /Cannot find module '([^']+)'/.exec(output);
    const why = missing ? ` (it could not load '${missing[1]}': run npm ci again)` : "";
    return { ok: false, reason: `office-addin-debugging exited with status ${status}${why}` };
  }
  const forgiven = mode === "stop" && !hasDesktopExcel(platform) ? NOTHING_REGISTERED : [];
  const failure = FAILURE_TEXTS.filter((pattern) => !forgiven.some((f) => f.source === pattern.source))
    .map((pattern) => pattern.exec(output))
    .find((match) => match !== null);
  if (failure) {
    const line = output.split("\n").find((l) => l.includes(failure[0])) ?? failure[0];
    return { ok: false, reason: `office-addin-debugging reported a failure: ${line.trim()}` };
  }
  if (!SUCCESS_TEXTS[mode].test(output)) return { ok: false, reason: "office-addin-debugging ended without saying it had started (or stopped)" };
  return { ok: true };
}

/** The failure message: the reason, then what to do instead. */
export function failureMessage(mode, reason) {
  const what = mode === "stop" ? "Không dừng được (could not stop)" : "Không nạp được add-in (the add-in was not sideloaded)";
  const hint =
    mode === "stop"
      ? ""
      : "\nNếu Excel báo chứng chỉ không tin cậy (certificate not trusted): npx office-addin-dev-certs install, rồi khởi động lại Excel; dừng máy chủ phát triển: npm stop.";
  return `${what}: ${reason}.${hint}\n${guidance()}`;
}

/** Runs office-addin-debugging with its output passed through and kept; resolves with how it ended. */
function runTool(args) {
  const cli = require.resolve("office-addin-debugging/cli.js");
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT, stdio: ["inherit", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      process.stderr.write(chunk);
      output += chunk;
    });
    child.on("error", (error) => resolveRun({ status: 1, signal: null, output: `${output}\n${error.message}` }));
    child.on("close", (status, signal) => resolveRun({ status, signal, output }));
  });
}

/** The whole command, with the platform, the environment and the tool injectable (tests/tooling/start.test.ts). */
export async function main(argv = process.argv.slice(2), platform = process.platform, run = runTool, env = process.env) {
  const [mode = "desktop", ...rest] = argv;
  const refused = refusal(mode, platform, rest, env);
  if (refused !== null) {
    console.error(`${refused}\n${guidance()}`);
    return 1;
  }
  const verdict = judge(mode, await run([...MODES[mode], ...rest]), platform);
  if (!verdict.ok) {
    console.error(`\n${failureMessage(mode, verdict.reason)}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then((code) => {
    process.exitCode = code;
  });
}
