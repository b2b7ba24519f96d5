#!/usr/bin/env node
/**
 * Serves the standalone page (dist-web/, built by `npm run build:web`) on this computer only:
 *
 *   npm run serve:web            http://localhost:8080/
 *   PORT=9000 npm run serve:web  http://localhost:9000/
 *
 * Any other web server or a shared folder can host dist-web/ just as well: it is static files only.
 * Also imported by scripts/run-web-e2e.mjs (serveFolder).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
export const DIST_WEB = join(ROOT, "dist-web");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Content-hashed bundles never change under their name; the page itself must always be fresh. */
function cacheControl(path) {
  return /\.[0-9a-f]{8}\.js$/.test(path) ? "public, max-age=31536000, immutable" : "no-cache";
}

/** Serves `folder` on 127.0.0.1:`port` (0 = any free port); resolves with the server once listening. */
export function serveFolder(folder, port) {
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end("bad request");
      return;
    }
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(folder, path));
    if (!file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": TYPES[".txt"] }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": cacheControl(file),
      "x-content-type-options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : readFileSync(file));
  });
  return new Promise((resolveServer, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolveServer(server));
  });
}

async function main() {
  if (!existsSync(join(DIST_WEB, "index.html"))) {
    console.error("dist-web/index.html không có: chạy npm run build:web trước. (dist-web/ is missing: run npm run build:web first.)");
    process.exitCode = 1;
    return;
  }
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT=${process.env.PORT} không hợp lệ: dùng một số từ 1 đến 65535. (PORT must be a number from 1 to 65535.)`);
    process.exitCode = 1;
    return;
  }
  try {
    const server = await serveFolder(DIST_WEB, port);
    const { port: actual } = server.address();
    console.log(`Trang Chấm điểm thi đua: http://localhost:${actual}/`);
    console.log("Chỉ máy này truy cập được. Nhấn Ctrl+C để dừng. (Only this computer can reach it; Ctrl+C stops.)");
  } catch (error) {
    const inUse = error?.code === "EADDRINUSE";
    console.error(
      inUse
        ? `Cổng ${port} đang được dùng: chọn cổng khác, ví dụ PORT=8081 npm run serve:web. (Port ${port} is in use: try PORT=8081.)`
        : `Không mở được máy chủ: ${error?.message ?? error}`,
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void main();
