import { existsSync } from "node:fs";
import { join } from "node:path";
import { runRank, tempDir, workedExampleSheets, writeWorkbook } from "./cli-helpers";

describe("paths typed by the officer", () => {
  it("are relative to the folder npm was started in (INIT_CWD), not to the package folder", async () => {
    const dir = tempDir();
    await writeWorkbook(join(dir, "khoi.xlsx"), workedExampleSheets());
    const run = await runRank(["khoi.xlsx", "--json", "ket-qua.json"], { INIT_CWD: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, "khoi-xep-hang.xlsx"))).toBe(true);
    expect(existsSync(join(dir, "ket-qua.json"))).toBe(true);
  });
});
