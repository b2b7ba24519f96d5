/**
 * Reading a 30 MB workbook whose size is an unrelated sheet: the Khối 17 sample plus the officer's own
 * "Nhật ký" of 50,000 rows (text that compresses like real notes, so the file is about 30 MB zipped).
 * The figure is what the command line and the batch do to read it (openWorkbook with Node's engine:
 * the zip directory, then only the sheets a calculation reads); the bench also proves the big sheet's
 * part was never inflated, by reading once through a package that records every part asked for.
 * Goal (bench/goals.ts): under 300 ms. The workbook is built once and kept in
 * node_modules/.cache/khoi-thi-dua/bench/ (rebuilt when this file's BUILD tag changes).
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { calculationReadsSheet } from "../src/workbook/reading/sheets-read";
import { NODE_ENGINE } from "../src/xlsx/node-engine";
import { openWorkbook } from "../src/xlsx/package/open-workbook";
import { readWorkbookGrid } from "../src/xlsx/package/workbook-grid";
import { openZipPackage, type ZipPackage } from "../src/xlsx/package/zip-package";
import { measured, reportGoal } from "./goal";
import { GOALS } from "./goals";
import { median } from "./stats";

const ROWS = 50_000;
const BIG_SHEET = "Nhật ký";
const BIG_PART = "xl/worksheets/nhat-ky.xml";
const BUILD = "v2";
const ROOT = path.resolve(__dirname, "..");
const SAMPLE = path.join(ROOT, "samples", "khoi-17-kien-giang-2018.xlsx");
const CACHED = path.join(ROOT, "node_modules", ".cache", "khoi-thi-dua", "bench", `big-sheet-${BUILD}.xlsx`);
const WARM_UPS = 2;
const RUNS = 9;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** mulberry32: the same "notes" on every machine. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 50,000 rows of a date, a code, an amount and six columns of free text, as inline strings. */
function bigSheetXml(): string {
  const random = seeded(50_000);
  const letters = "aăâbcdđeêghiklmnoôơpqrstuưvxy ";
  const words = (n: number) => Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join("");
  const rows: string[] = [];
  for (let r = 1; r <= ROWS; r++) {
    const text = Array.from({ length: 6 }, (_, c) => `<c r="${String.fromCharCode(68 + c)}${r}" t="inlineStr"><is><t>${words(120)}</t></is></c>`).join("");
    rows.push(`<row r="${r}"><c r="A${r}"><v>${43000 + (r % 400)}</v></c><c r="B${r}" t="inlineStr"><is><t>NK${r}</t></is></c><c r="C${r}"><v>${Math.floor(random() * 1e9)}</v></c>${text}</row>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

/** The sample with the big sheet added as its last tab (workbook, relationships and content types edited as text: bench code only). */
async function buildWorkbook(): Promise<Uint8Array> {
  const files: Zippable = unzipSync(new Uint8Array(await readFile(SAMPLE)));
  const edit = (name: string, change: (xml: string) => string) => {
    const before = strFromU8(files[name] as Uint8Array);
    const after = change(before);
    if (after === before) throw new Error(`${name}: nothing changed`);
    files[name] = strToU8(after);
  };
  edit("xl/workbook.xml", (xml) => xml.replace("</sheets>", `<sheet name="${BIG_SHEET}" sheetId="900" r:id="rIdNhatKy"/></sheets>`));
  edit("xl/_rels/workbook.xml.rels", (xml) => xml.replace("</Relationships>", `<Relationship Id="rIdNhatKy" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/nhat-ky.xml"/></Relationships>`));
  edit("[Content_Types].xml", (xml) => xml.replace("</Types>", `<Override PartName="/${BIG_PART}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`));
  files[BIG_PART] = strToU8(bigSheetXml());
  return zipSync(files, { level: 6 });
}

async function workbookBytes(): Promise<Uint8Array> {
  if (existsSync(CACHED)) return new Uint8Array(await readFile(CACHED));
  const bytes = await buildWorkbook();
  await mkdir(path.dirname(CACHED), { recursive: true });
  // Written beside its name, then renamed: two runs at once never read half a file.
  const temp = `${CACHED}.${process.pid}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, CACHED);
  return bytes;
}

/** The package, recording the name of every part inflated. */
function recording(pkg: ZipPackage, read: Set<string>): ZipPackage {
  return { ...pkg, read: (name) => (read.add(name), pkg.read(name)), text: (name) => (read.add(name), pkg.text(name)) };
}

export async function run(): Promise<void> {
  const bytes = await workbookBytes();
  const label = "nhat-ky.xlsx";
  const pkg = openZipPackage(bytes, label);
  const big = pkg.entry(BIG_PART)!;
  console.log(`Tệp thử: mẫu Khối 17 + trang '${BIG_SHEET}' ${ROWS.toLocaleString("vi-VN")} dòng; tệp ${(bytes.length / 2 ** 20).toFixed(1)} MB, phần trang lớn ${(big.compressedSize / 2 ** 20).toFixed(1)} MB nén, ${(big.size / 2 ** 20).toFixed(1)} MB XML`);
  if (bytes.length < 25 * 2 ** 20) throw new Error(`the workbook is ${(bytes.length / 2 ** 20).toFixed(1)} MB, not the 30 MB the figure is about`);

  const asked = new Set<string>();
  const { grid } = readWorkbookGrid(recording(pkg, asked), label, { wanted: calculationReadsSheet });
  const listed = grid.sheets.find((s) => s.name === BIG_SHEET);
  if (!listed || listed.rows.length !== 0) throw new Error(`'${BIG_SHEET}' should be listed without its cells`);
  if (asked.has(BIG_PART)) throw new Error(`${BIG_PART} was inflated`);
  console.log(`Trang '${BIG_SHEET}' có trong danh sách trang, không giải nén; các phần đã đọc: ${[...asked].join(", ")}`);

  const read = () => openWorkbook(bytes, label, { inflateRaw: NODE_ENGINE.inflateRaw });
  for (let i = 0; i < WARM_UPS; i++) read();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    read();
    times.push(performance.now() - started);
  }
  reportGoal(GOALS.bigSheetRead, median(times));
  measured("kích thước tệp", bytes.length / 2 ** 20, "MB");
  measured("XML của trang lớn, không giải nén", big.size / 2 ** 20, "MB");
}
