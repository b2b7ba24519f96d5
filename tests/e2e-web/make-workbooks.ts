/**
 * Writes the workbooks the browser test uploads into the folder given as the only argument:
 * loi.xlsx (errors that block the ranking, see tests/web/error-workbook.ts) and khoi-300x20.xlsx
 * (the benchmark bloc: 300 members × 20 targets). Run by scripts/run-web-e2e.mjs through tsx.
 */
import { join } from "node:path";
import { writeBlocXlsx } from "../../bench/generate";
import { errorWorkbook } from "../web/error-workbook";

export const BENCH_MEMBERS = 300;
export const BENCH_TARGETS = 20;

async function main(folder: string): Promise<void> {
  await errorWorkbook().xlsx.writeFile(join(folder, "loi.xlsx"));
  await writeBlocXlsx(join(folder, `khoi-${BENCH_MEMBERS}x${BENCH_TARGETS}.xlsx`), BENCH_MEMBERS, BENCH_TARGETS);
}

const folder = process.argv[2];
if (!folder) {
  process.stderr.write("usage: tsx tests/e2e-web/make-workbooks.ts <folder>\n");
  process.exitCode = 1;
} else {
  main(folder).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
