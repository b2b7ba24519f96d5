import { existsSync } from "node:fs";
import { join } from "node:path";
import { defaultOutput, runCli } from "../../src/cli/run";
import { tempDir, workedExampleSheets, writeWorkbook } from "./cli-helpers";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), now: () => new Date(2025, 0, 2, 8, 30) } };
}

describe("runCli", () => {
  it("names the default output after the input, beside it", () => {
    expect(defaultOutput(join("/data", "khoi-17.xlsx"))).toBe(join("/data", "khoi-17-xep-hang.xlsx"));
  });

  it("prints the table and summary in English with --lang en", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, workedExampleSheets());
    const t = io();
    expect(await runCli([input, "--lang", "en", "--out", join(dir, "o.xlsx")], t.io)).toBe(0);
    const text = t.out.join("");
    expect(text).toContain("363.07");
    expect(text).toContain("Ranked 3 member(s)");
    expect(t.err).toEqual([]);
  });

  it("refuses a --json path that is the output workbook, writing nothing", async () => {
    const dir = tempDir();
    const input = join(dir, "in.xlsx");
    await writeWorkbook(input, workedExampleSheets());
    const t = io();
    expect(await runCli([input, "--out", join(dir, "o.xlsx"), "--json", join(dir, "o.xlsx")], t.io)).toBe(1);
    expect(t.err.join("")).toContain("--json trùng");
    expect(existsSync(join(dir, "o.xlsx"))).toBe(false);
  });

  it("explains bad arguments and points to --help", async () => {
    const t = io();
    expect(await runCli(["--out"], t.io)).toBe(1);
    expect(t.err.join("")).toContain("npm run rank -- --help");
  });
});
