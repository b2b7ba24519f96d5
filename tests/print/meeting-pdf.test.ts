/**
 * The meeting documents as they print: the command line's output for the bundled sample is converted to
 * PDF by LibreOffice and read back with poppler. Runs under `npm run test:print` only (jest.print.config.js),
 * whose setup fails the run and says what to install when either is missing; it never skips.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { runCli } from "../../src/cli/run";
import type { ResultJson } from "../../src/workbook/rendering/result-json";
import { fontSizesByPage } from "./pdf-font-sizes";
import { printTool } from "./print-tools";

const run = promisify(execFile);
const SAMPLE = resolve(__dirname, "../../samples/khoi-17-kien-giang-2018.xlsx");

jest.setTimeout(180_000);

async function tool(name: "soffice" | "pdftotext" | "pdfinfo" | "pdftoppm", args: string[]): Promise<string> {
  return (await run(printTool(name), args, { maxBuffer: 64 * 1024 * 1024, timeout: 150_000 })).stdout;
}

function flat(text: string): string {
  return text.replace(/\s+/g, " ");
}

/** A name wrapped inside its cell comes out in pieces, with the next cells' text in between: its words stay in order. */
function hasWordsInOrder(text: string, name: string): boolean {
  const words = text.split(" ");
  let at = 0;
  for (const word of name.split(/\s+/)) {
    at = words.indexOf(word, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

describe("meeting documents printed from the sample's output (LibreOffice → PDF)", () => {
  const dir = mkdtempSync(join(tmpdir(), "meeting-pdf-"));
  const output = join(dir, "khoi-17-xep-hang.xlsx");
  let pages: string[] = [];
  let flagName = "";
  let codes: string[] = [];
  let pdf = "";
  let sizes: number[][] = [];

  beforeAll(async () => {
    const json = join(dir, "ket-qua.json");
    const io = { stdout: () => undefined, stderr: () => undefined, now: () => new Date(2019, 0, 10, 9, 0) };
    expect(await runCli([SAMPLE, "--out", output, "--json", json], io)).toBe(0);
    const result = JSON.parse(readFileSync(json, "utf8")) as ResultJson;
    flagName = result.units.find((u) => u.award === "flag")!.name;
    codes = result.units.map((u) => u.code);

    // A private profile: two conversions at once (or a desktop LibreOffice) would otherwise lock each other out.
    const profile = `file://${join(dir, "lo-profile")}`;
    await tool("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, output]);
    pdf = join(dir, "khoi-17-xep-hang.pdf");
    // pdftotext ends every page with a form feed: the piece after the last one is not a page.
    pages = (await tool("pdftotext", [pdf, "-"])).split("\f").slice(0, -1).map(flat);
    sizes = fontSizesByPage(readFileSync(pdf));
  });

  /** 1-based pages whose text starts with `title` (a sheet's title line opens each of its pages). */
  function pagesOf(title: string): number[] {
    return pages.flatMap((p, i) => (p.trimStart().startsWith(title) ? [i + 1] : []));
  }

  function pageWith(title: string): number {
    const index = pages.findIndex((p) => p.includes(title));
    expect(index).toBeGreaterThanOrEqual(0);
    return index + 1;
  }

  async function pageSize(page: number): Promise<{ width: number; height: number }> {
    const info = await tool("pdfinfo", ["-f", String(page), "-l", String(page), pdf]);
    const m = /Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
    return { width: Number(m[1]), height: Number(m[2]) };
  }

  it("has the summary, the award proposal, the signature block and the flag unit", () => {
    expect(existsSync(pdf)).toBe(true);
    const all = pages.join(" ");
    expect(all).toContain("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM");
    expect(all).toContain("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
    expect(all).toContain("KHỐI TRƯỞNG");
    expect(all).toContain(flagName);
  });

  it.each([
    ["BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2018"],
    ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"],
  ])("%s carries the heading of an administrative document on its first page", (title) => {
    const page = pages[pageWith(title) - 1];
    expect(page).toContain("KHỐI THI ĐUA 17");
    expect(page).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(page).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(page).toContain("Kiên Giang, ngày 10 tháng 01 năm 2019"); // the sample's Địa danh
    expect(page.indexOf("Độc lập - Tự do - Hạnh phúc")).toBeLessThan(page.indexOf(title));
    expect(page).toContain("TM. KHỐI THI ĐUA");
  });

  it("prints the program's sheets with no text under 8 pt (the officer's input sheets print as they are)", () => {
    const first = pageWith("Xếp hạng thi đua");
    expect(sizes).toHaveLength(pages.length);
    const small = sizes.flatMap((page, i) => (i + 1 >= first && page.some((size) => size < 8) ? [`page ${i + 1}: ${Math.min(...page)} pt`] : []));
    expect(small).toEqual([]);
    // The documents are set at the convention's 12–14 pt and fitted to A4's width; where LibreOffice lacks
    // Calibri (the width unit) it shrinks them to about 0.8, and the table's text stays above 9 pt.
    const summary = sizes[pageWith("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM") - 1];
    expect(Math.max(...summary)).toBeGreaterThanOrEqual(11);
    expect(Math.min(...summary)).toBeGreaterThanOrEqual(8.5);
  });

  it("prints Chi tiết điểm one member a page, its header repeated on every page (the title lines only on the first)", () => {
    // Only the header row repeats, so the sheet's pages are its first (the title) and those that follow it opening with the header.
    const first = pagesOf("Chi tiết điểm")[0];
    const breakdown = [first];
    while (pages[breakdown.length + first - 1]?.trimStart().startsWith("Mã đơn")) breakdown.push(breakdown.length + first);
    // The header wraps ("Mã đơn / vị"): its words come out of the PDF line by line.
    for (const page of breakdown) expect(pages[page - 1]).toMatch(/Mã đơn .*Tên đơn vị .*Cách tính/);
    expect(breakdown.length).toBeLessThanOrEqual(14);
    const codesOn = (page: number) => codes.filter((code) => pages[page - 1].split(" ").includes(code));
    for (const code of codes) expect(breakdown.filter((p) => codesOn(p).includes(code))).toHaveLength(1);
  });

  it.each([["BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM"], ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"]])("%s: no header broken inside a word (was 'Hạn g', 'ST T')", (title) => {
    const words = pages[pageWith(title) - 1].split(/\s+/);
    for (const header of ["STT", "Hạng", "Đơn", "Ghi", "chú"]) expect(words).toContain(header);
    expect(words).not.toContain("Hạn");
    expect(words).not.toContain("ST");
  });

  it("prints the summary on one A4 landscape page with the signature block, and the proposal on A4 portrait", async () => {
    const summary = pageWith("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM");
    expect(pages[summary - 1]).toContain("KHỐI TRƯỞNG");
    expect(pages[summary - 1]).toContain("Cục Thi hành án dân sự"); // the last member: every row on the page
    expect(hasWordsInOrder(pages[summary - 1], flagName)).toBe(true);
    const landscape = await pageSize(summary);
    expect(Math.round(landscape.width)).toBe(842);
    expect(Math.round(landscape.height)).toBe(595);

    const awards = pageWith("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
    expect(hasWordsInOrder(pages[awards - 1], flagName)).toBe(true);
    expect(pages[awards - 1]).toContain("KHỐI TRƯỞNG");
    const portrait = await pageSize(awards);
    expect(Math.round(portrait.width)).toBe(595);
  });

  it("renders the meeting pages as images (to look at; the summary lands in test-output/ for the docs)", async () => {
    const first = pageWith("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM");
    const prefix = join(dir, "trang");
    await tool("pdftoppm", ["-f", String(first), "-l", String(first + 2), "-r", "70", "-png", pdf, prefix]);
    const png = readFileSync(`${prefix}-${String(first).padStart(String(pages.length).length, "0")}.png`);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    const shots = resolve(__dirname, "..", "..", "test-output");
    mkdirSync(shots, { recursive: true });
    writeFileSync(join(shots, "bang-tong-hop.png"), png);
  });
});
