import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadPrevious } from "../../src/cli/previous";
import { fixtureBytes, rankBytes } from "../xlsx/package/writer-helpers";

it("an earlier output that keeps the officer's comment and chart is read back as --previous (its history carried on)", async () => {
  const { written } = rankBytes(fixtureBytes("writer-rich-openpyxl.xlsx"));
  const path = join(mkdtempSync(join(tmpdir(), "previous-output-")), "lan-truoc.xlsx");
  writeFileSync(path, written.bytes);
  const previous = await loadPrevious(path, "vi");
  expect(previous.kind).toBe("workbook");
  if (previous.kind !== "workbook") return;
  expect(previous.snapshots).toHaveLength(1);
});
