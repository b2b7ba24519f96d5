/**
 * What the browser tests (scripts/run-e2e.mjs, scripts/run-web-e2e.mjs) and the browser benchmarks
 * (bench/pane.bench.ts, bench/web.bench.ts) share: Debian's headless Chromium, the production builds
 * (rebuilt when older than the sources), the task pane served with the in-memory Excel in place of
 * office.js, and the size of the JavaScript the pane loads before its first render.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
export const DIST = join(ROOT, "dist");
export { DIST_WEB } from "./serve-web.mjs";
/** Debian's package `chromium`; another build of Chromium can be named with CHROMIUM=/path/to/it. */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** null when Chromium is there, else what to install. */
export function chromiumMissing() {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM=/path/to/chromium)`;
}

export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), 0);
}

/** Runs webpack with `args` when `built` is missing or older than any of `sources` (paths under the root). */
function ensureBuilt(built, sources, args, what) {
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  const newest = Math.max(...sources.map((p) => newestMtime(join(ROOT, p))));
  if (builtAt && builtAt >= newest) {
    console.log(`${what} is up to date`);
    return;
  }
  console.log(builtAt ? `${what} is older than the sources: rebuilding` : `${what} is missing: building`);
  const started = Date.now();
  const result = spawnSync("npx", ["webpack", ...args, "--mode", "production", "--stats", "errors-warnings"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`webpack ${args.join(" ")} failed for ${what}`);
  console.log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** The task pane's production build (dist/); returns its page's path inside dist/. */
export function ensurePaneBuild() {
  const find = () => ["taskpane.html", "taskpane/taskpane.html", "index.html"].find((c) => existsSync(join(DIST, c))) ?? null;
  ensureBuilt(join(DIST, find() ?? "taskpane.html"), ["src", "webpack.config.js", "package.json"], [], "dist/");
  const html = find();
  if (!html) throw new Error("the build produced no taskpane.html in dist/");
  return html;
}

/** The standalone page's production build (dist-web/). */
export function ensureWebBuild() {
  ensureBuilt(join(ROOT, "dist-web", "index.html"), ["src", "webpack.web.config.js", "package.json", "samples/khoi-17-kien-giang-2018.xlsx"], ["--config", "webpack.web.config.js"], "dist-web/");
}

/** tests/e2e/fake-office-entry.ts as one script: the in-memory Excel served as office.js. */
export async function bundleFakeOffice() {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [join(ROOT, "tests/e2e/fake-office-entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "warning",
  });
  return result.outputFiles[0].contents;
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml", ".json": "application/json", ".xml": "application/xml", ".ico": "image/x-icon" };

/** Serves dist/ on a free port, except office.js, which is the fake (or a 404 when the page simulates a firewall). */
export function servePane(fakeOffice) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = decodeURIComponent(url.pathname);
    if (path.endsWith("/office-js/office.js") || path === "/office.js") {
      if (url.searchParams.has("blocked") || (req.headers.referer ?? "").includes("office=blocked")) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": TYPES[".js"] }).end(fakeOffice);
      return;
    }
    const file = normalize(join(DIST, path));
    if (!file.startsWith(DIST + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolveServer) => server.listen(0, "127.0.0.1", () => resolveServer(server)));
}

/** Gzip sizes of the pane's first-render scripts (those its page loads, office.js aside) and of all its JavaScript. */
export function paneScripts(paneHtml) {
  const html = readFileSync(join(DIST, paneHtml), "utf8");
  const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
  const initial = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !src.includes("office-js/"));
  const all = readdirSync(DIST).filter((f) => f.endsWith(".js") && !f.startsWith("commands."));
  return { initial, initialBytes: initial.reduce((sum, f) => sum + gz(f), 0), totalBytes: all.reduce((sum, f) => sum + gz(f), 0), files: all.length };
}

/**
 * A page script (for page.addInitScript) that notes, in window.__firstRenderMs, the time since navigation
 * began when an element matching `selector` whose text is `text` first appears: measured in the page, so
 * the figure is the page's, not the test driver's polling.
 */
export function firstRenderProbe(selector, text) {
  return `(() => {
    const seen = () => [...document.querySelectorAll(${JSON.stringify(selector)})].some((el) => ${JSON.stringify(text)} === "" || el.textContent.trim() === ${JSON.stringify(text)});
    const note = () => { if (window.__firstRenderMs === undefined && seen()) { window.__firstRenderMs = performance.now(); observer.disconnect(); } };
    const observer = new MutationObserver(note);
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  })();`;
}

/**
 * Holds back the page's bundle (the scripts whose file name matches `bundle`) until release() is called,
 * so a test can use the static first screen as an officer with a slow machine or network would. Navigate
 * with { waitUntil: "commit" }: the page's load event waits for the held script.
 */
export async function holdBundle(page, bundle) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(bundle, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * A page script noting in window.__readyMs the time since navigation began when the page's own screen (the
 * bundle's React render) has replaced the static first screen: from then on a press is handled at once
 * instead of kept for later.
 */
export function readyProbe() {
  return `(() => {
    const ready = () => document.querySelector("#root .fui-FluentProvider") && !document.querySelector("[data-first-screen]");
    const observer = new MutationObserver(() => { if (window.__readyMs === undefined && ready()) { window.__readyMs = performance.now(); observer.disconnect(); } });
    observer.observe(document, { childList: true, subtree: true });
  })();`;
}
