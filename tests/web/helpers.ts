import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookSource } from "../../src/web/file-host";

export const SAMPLE_PATH = join(__dirname, "../../samples/khoi-17-kien-giang-2018.xlsx");

/** A dropped file as the browser gives it: a name and its bytes on demand. */
export function source(name: string, bytes: Uint8Array): WorkbookSource {
  return { name, arrayBuffer: async () => bytes.slice().buffer };
}

export function sampleSource(): WorkbookSource {
  return source("khoi-17-kien-giang-2018.xlsx", new Uint8Array(readFileSync(SAMPLE_PATH)));
}

export async function workbookSource(name: string, workbook: ExcelJS.Workbook): Promise<WorkbookSource> {
  return source(name, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

export async function loadBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

export const FIXED_NOW = new Date(Date.UTC(2019, 0, 20, 3, 0, 0));
