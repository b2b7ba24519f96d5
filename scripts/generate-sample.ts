/**
 * npm run sample: writes samples/khoi-17-kien-giang-2018.xlsx from the pure data module, so the file the
 * CLI demo reads and the sheets the add-in inserts can never drift apart. The output is byte-for-byte
 * deterministic (fixed workbook dates, fixed zip entry dates) so regenerating it leaves git clean.
 */
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { KHOI_17_SAMPLE } from "../src/workbook/sample/khoi-17-kien-giang-2018";
import { buildInputWorkbook, FIXED_WORKBOOK_DATE } from "./input-workbook";

export const SAMPLE_PATH = path.resolve(__dirname, "..", "samples", "khoi-17-kien-giang-2018.xlsx");

export function buildSampleWorkbook(): ExcelJS.Workbook {
  return buildInputWorkbook(KHOI_17_SAMPLE.map((sheet) => ({ ...sheet, table: true })));
}

/**
 * ExcelJS zips through JSZip, which stamps every entry with the time of writing; re-zipping with a fixed
 * date is what makes two runs identical. (jszip is ExcelJS's own dependency, so it is always installed.)
 */
export async function deterministicXlsx(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const written = await workbook.xlsx.writeBuffer();
  const source = await JSZip.loadAsync(written as ArrayBuffer);
  const target = new JSZip();
  for (const name of Object.keys(source.files)) {
    const entry = source.files[name];
    if (entry.dir) continue;
    target.file(name, await entry.async("uint8array"), { date: FIXED_WORKBOOK_DATE, createFolders: false });
  }
  return target.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

async function main(): Promise<void> {
  const buffer = await deterministicXlsx(buildSampleWorkbook());
  await mkdir(path.dirname(SAMPLE_PATH), { recursive: true });
  await writeFile(SAMPLE_PATH, buffer);
  console.log(`Đã ghi ${path.relative(process.cwd(), SAMPLE_PATH)} (${buffer.length} byte, ${KHOI_17_SAMPLE.length} trang tính)`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
