/**
 * The package writer's output opens in LibreOffice: the rich officer's workbooks (chart, image, comment,
 * tables, pivot and slicer parts, custom XML, external link, and an .xlsm's VBA project) ranked, printed to
 * PDF by soffice and read back by pdftotext. The ranking's members must print in rank order, and the
 * officer's own sheets must print beside the program's.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fixtureBytes, rankBytes } from "../xlsx/package/writer-helpers";
import { printTool } from "./print-tools";

const run = promisify(execFile);

jest.setTimeout(240_000);

async function pdfText(file: string, dir: string): Promise<string> {
  const profile = `file://${join(dir, "profile")}`;
  await run(printTool("soffice"), [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { timeout: 200_000 });
  const pdf = file.replace(/\.xls[xm]$/, ".pdf");
  return (await run(printTool("pdftotext"), ["-layout", pdf, "-"], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

describe.each(["writer-rich-openpyxl.xlsx", "writer-rich-macros.xlsm"])("the ranked copy of %s printed by LibreOffice", (fixture) => {
  let text = "";
  let names: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "package-writer-pdf-"));
    const { written, calculation } = rankBytes(fixtureBytes(fixture));
    names = calculation.json.units.map((u) => u.name);
    const file = join(dir, `ranked.${written.kind}`);
    writeFileSync(file, written.bytes);
    text = await pdfText(file, dir);
  });

  it("prints the ranking with every member in rank order", () => {
    const ranking = text.slice(text.indexOf("Xếp hạng thi đua"));
    expect(names.length).toBe(3);
    const at = names.map((name) => ranking.indexOf(name));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("prints the officer's sheets too: their own 'Bảng tổng hợp' and the sheet holding their chart", () => {
    expect(text).toContain("Bảng tổng hợp của cán bộ (không phải của chương trình)");
    expect(text).toContain("Biểu đồ của cán bộ");
    expect(text).toContain("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA");
  });
});
