/**
 * The ranked copies of the quirky packages (tests/xlsx/package/quirky-workbooks.ts: absolute targets,
 * the workbook part elsewhere, Zip64 with data descriptors, no styles or shared strings) open in
 * LibreOffice Calc with every sheet, the ranking in its place: the writer's output is a package another
 * program reads, whatever the input's layout.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { NODE_ENGINE } from "../../src/xlsx/node-engine";
import { openWorkbook } from "../../src/xlsx/package/open-workbook";
import { rankWorkbookFile } from "../../src/xlsx/rank-file";
import { handWorkbook } from "../xlsx/package/hand-workbook";
import { QUIRKS, QUIRKY_SHEETS } from "../xlsx/package/quirky-workbooks";
import { printTool } from "./print-tools";

const run = promisify(execFile);
jest.setTimeout(300_000);

/** Every sheet as CSV (UTF-8, comma), one file per sheet: "<name>-<sheet>.csv". */
const ALL_SHEETS_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

describe("the copies of quirky packages opened by LibreOffice Calc", () => {
  const dir = mkdtempSync(join(tmpdir(), "quirky-copies-"));
  const files = QUIRKS.map((_, i) => join(dir, `quirk-${i}.xlsx`));
  let sheets: string[][] = [];

  beforeAll(async () => {
    sheets = [];
    for (const [i, [, quirk]] of QUIRKS.entries()) {
      const ranked = await rankWorkbookFile(handWorkbook({ sheets: QUIRKY_SHEETS, ...quirk }), { label: "k.xlsx", lang: "vi", now: new Date(2025, 2, 5, 9, 0), engine: NODE_ENGINE });
      writeFileSync(files[i], ranked.outputBytes);
      sheets.push(openWorkbook(ranked.outputBytes, "copy", { wanted: () => false }).grid.sheets.map((s) => s.name));
    }
    await run(printTool("soffice"), [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", ALL_SHEETS_CSV, "--outdir", dir, ...files], { timeout: 280_000 });
  });

  it.each(QUIRKS.map(([what], i) => [what, i] as const))("%s: every sheet is there, the ranking with CT first", (_what, i) => {
    for (const sheet of sheets[i]) expect(existsSync(join(dir, `quirk-${i}-${sheet}.csv`))).toBe(true);
    const ranking = readFileSync(join(dir, `quirk-${i}-Xếp hạng.csv`), "utf8").split("\n");
    expect(ranking.find((line) => line.startsWith("1,"))).toContain("CT,Cục Thuế tỉnh");
  });
});
