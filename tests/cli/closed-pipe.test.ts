import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { tempDir, workedExampleSheets, writeWorkbook } from "./cli-helpers";

const ROOT = resolve(__dirname, "../..");

describe("output piped into a reader that stops early (… | head)", () => {
  it("ends quietly with the ranking's exit status, no stack trace", async () => {
    const dir = tempDir();
    const input = join(dir, "khoi.xlsx");
    await writeWorkbook(input, workedExampleSheets());
    const child = spawn(process.execPath, [join(ROOT, "scripts/rank.mjs"), input, "--out", join(dir, "out.xlsx")], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += String(chunk)));
    // Like a `head` that has already exited: our end of the pipe is closed before anything is printed.
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).not.toMatch(/EPIPE|at .*\(|Error:/);
    expect(code).toBe(0);
  });
});
