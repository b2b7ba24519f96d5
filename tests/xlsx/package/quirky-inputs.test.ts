import { NODE_ENGINE } from "../../../src/xlsx/node-engine";
import { openWorkbook } from "../../../src/xlsx/package/open-workbook";
import { openZipPackage } from "../../../src/xlsx/package/zip-package";
import { rankWorkbookFile } from "../../../src/xlsx/rank-file";
import { handWorkbook } from "./hand-workbook";
import { QUIRKS, QUIRKY_SHEETS } from "./quirky-workbooks";

/** The quirky packages of quirky-workbooks.ts go the whole way: read, ranked, written, and the copy read back with the input's parts as they were. */

describe.each(QUIRKS)("a workbook with %s", (_what, quirk) => {
  const input = handWorkbook({ sheets: QUIRKY_SHEETS, ...quirk });

  it("is ranked, and its copy reads back with the program's sheets after the input's and the input's parts unchanged", async () => {
    const ranked = await rankWorkbookFile(input, { label: "khoi.xlsx", lang: "vi", now: new Date(2025, 2, 5, 9, 0), engine: NODE_ENGINE });
    expect(ranked.calculation.json.units.map((u) => [u.code, u.rank])).toEqual([["CT", 1], ["CV", 2], ["KB", 3]]);
    const copy = openWorkbook(ranked.outputBytes, "copy.xlsx", { wanted: () => true });
    expect(copy.grid.sheets.map((s) => s.name).slice(0, QUIRKY_SHEETS.length)).toEqual(QUIRKY_SHEETS.map((s) => s.name));
    expect(copy.grid.sheets.map((s) => s.name)).toContain("Xếp hạng");
    const before = openZipPackage(input, "in");
    const after = openZipPackage(ranked.outputBytes, "out");
    for (const e of before.entries.filter((e) => e.name.includes("worksheets/"))) expect(Buffer.from(after.raw(e.name)).equals(Buffer.from(before.raw(e.name)))).toBe(true);
  });
});
