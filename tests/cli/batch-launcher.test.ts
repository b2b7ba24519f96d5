import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { writeBlocked, writeGood } from "./batch-helpers";
import { runRank, tempDir } from "./cli-helpers";

describe("npm run batch (package.json → the bundled launcher)", () => {
  it("is the rank launcher with --batch first", () => {
    const pkg = JSON.parse(readFileSync(resolve(__dirname, "../../package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.batch).toBe("node scripts/rank.mjs --batch");
  });

  it("runs the batch as a process: exit 2 with a blocked file, summary on stdout, no progress when piped", async () => {
    const dir = tempDir();
    await writeGood(join(dir, "a.xlsx"));
    await writeBlocked(join(dir, "b.xlsx"));
    const run = await runRank(["--batch", dir, "--out", join(dir, "ra")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("Tổng hợp 2 tệp: 1 đã xếp hạng, 1 có lỗi, 0 không đọc được.");
    expect(run.stderr).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "ra", "tong-hop.json"), "utf8")).files).toHaveLength(2);
  });
});
