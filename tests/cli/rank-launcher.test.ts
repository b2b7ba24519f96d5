import { execFileSync } from "node:child_process";
import { utimesSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tempDir } from "./cli-helpers";

const ROOT = resolve(__dirname, "../..");
const LAUNCHER = join(ROOT, "scripts/rank.mjs");

jest.setTimeout(30_000);

/** isFresh of scripts/rank.mjs, run in a real node process (the launcher is an ES module). */
function isFresh(manifest: string, bundle: string): boolean {
  const code = `import(${JSON.stringify(LAUNCHER)}).then((m) => process.stdout.write(String(m.isFresh(${JSON.stringify(manifest)}, ${JSON.stringify(bundle)}))))`;
  return execFileSync(process.execPath, ["-e", code], { encoding: "utf8" }) === "true";
}

describe("scripts/rank.mjs (npm run rank)", () => {
  it("reuses the bundle only while every source it was built from is unchanged and present", () => {
    const dir = tempDir();
    const source = join(dir, "source.ts");
    const bundle = join(dir, "cli.cjs");
    const manifest = join(dir, "cli.inputs.json");
    writeFileSync(source, "export {};\n");
    writeFileSync(bundle, "");
    utimesSync(source, 1_700_000_000, 1_700_000_000);
    writeFileSync(manifest, JSON.stringify({ inputs: { [source]: 1_700_000_000_000 } }));
    expect(isFresh(manifest, bundle)).toBe(true);

    utimesSync(source, 1_700_000_100, 1_700_000_100);
    expect(isFresh(manifest, bundle)).toBe(false);

    writeFileSync(manifest, JSON.stringify({ inputs: { [join(dir, "gone.ts")]: 1 } }));
    expect(isFresh(manifest, bundle)).toBe(false);
    expect(isFresh(join(dir, "no-manifest.json"), bundle)).toBe(false);
    writeFileSync(manifest, JSON.stringify({ inputs: {} }));
    expect(isFresh(manifest, join(dir, "no-bundle.cjs"))).toBe(false);
  });

  it("runs the command line and passes its exit status through", () => {
    const help = execFileSync(process.execPath, [LAUNCHER, "--help"], { cwd: ROOT, encoding: "utf8" });
    expect(help).toContain("npm run rank");
    let status = 0;
    try {
      execFileSync(process.execPath, [LAUNCHER, join(tempDir(), "khong-co.xlsx")], { cwd: ROOT, stdio: "pipe" });
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status).toBe(1);
  });
});
