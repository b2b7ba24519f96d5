import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { InputCell, InputSheetSpec } from "../../scripts/input-workbook";
import { buildInputWorkbook } from "../../scripts/input-workbook";
import { workedExampleSheets as workedExampleGrids } from "../fixtures/worked-example";

const ROOT = resolve(__dirname, "../..");
/** What `npm run rank` runs: the launcher that bundles src/cli/main.ts once and runs the bundle. */
const LAUNCHER = join(ROOT, "scripts/rank.mjs");

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command line, as `npm run rank -- …` does. */
export function runRank(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  return new Promise((done) => {
    execFile(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", ...env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "rank-cli-"));
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** domain.md's worked example as .xlsx sheets, Đơn vị as an Excel table. */
export function workedExampleSheets(): InputSheetSpec[] {
  // Its cells are only text and numbers, which an .xlsx holds as they are.
  return workedExampleGrids().map(({ name, rows }) => ({ name, rows: rows as InputCell[][], table: name === "Đơn vị" }));
}

export async function writeWorkbook(path: string, sheets: InputSheetSpec[]): Promise<void> {
  await buildInputWorkbook(sheets).xlsx.writeFile(path);
}
