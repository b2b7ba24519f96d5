#!/usr/bin/env node
/**
 * `npm run docs:images`: copies the screenshots the browser and print suites take of the real screens
 * (test-output/, written by `npm run test:e2e`, `npm run test:e2e:web` and `npm run test:print`) to
 * docs/images/, the pictures the README shows. Run those suites first; a missing screenshot is an error,
 * so the docs never mix pictures of two versions.
 */
import { copyFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** docs/images/<name> ← test-output/<source>. */
export const DOC_IMAGES = {
  "taskpane-ranking.png": "taskpane-ranking.png",
  "taskpane-breakdown.png": "taskpane-breakdown.png",
  "web-page.png": "web-desktop.png",
  "bang-tong-hop.png": "bang-tong-hop.png",
};

const missing = Object.values(DOC_IMAGES).filter((source) => !existsSync(path.join(ROOT, "test-output", source)));
if (missing.length > 0) {
  console.error(`Chưa có ảnh chụp: ${missing.join(", ")}. Chạy npm run test:e2e, npm run test:e2e:web và npm run test:print trước.`);
  process.exit(1);
}
for (const [name, source] of Object.entries(DOC_IMAGES)) {
  copyFileSync(path.join(ROOT, "test-output", source), path.join(ROOT, "docs", "images", name));
  console.log(`docs/images/${name} ← test-output/${source}`);
}
