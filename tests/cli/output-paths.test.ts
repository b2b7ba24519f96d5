import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeFailure } from "../../src/cli/output-checks";
import { runCli } from "../../src/cli/run";
import { sha256, tempDir, workedExampleSheets, writeWorkbook } from "./cli-helpers";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), now: () => new Date(2025, 0, 2, 8, 30) } };
}

/** A folder with the worked example as in.xlsx; `untouched()` checks the input kept its bytes and time. */
async function setup() {
  const dir = tempDir();
  const input = join(dir, "in.xlsx");
  await writeWorkbook(input, workedExampleSheets());
  const before = { hash: sha256(input), mtime: statSync(input).mtimeMs };
  const untouched = () => {
    expect(sha256(input)).toBe(before.hash);
    expect(statSync(input).mtimeMs).toBe(before.mtime);
  };
  return { dir, input, untouched };
}

describe("--out and --json naming the input, by any path", () => {
  it.each([
    ["a symbolic link to the input", (dir: string, input: string) => (symlinkSync(input, join(dir, "link.xlsx")), join(dir, "link.xlsx"))],
    ["a hard link to the input", (dir: string, input: string) => (linkSync(input, join(dir, "hard.xlsx")), join(dir, "hard.xlsx"))],
    ["a path through ./x/..", (dir: string) => (mkdirSync(join(dir, "x")), join(dir, ".", "x", "..", "in.xlsx"))],
  ])("refuses --out as %s before writing anything", async (_, outOf) => {
    const { dir, input, untouched } = await setup();
    const out = outOf(dir, input);
    const listed = readdirSync(dir).sort();
    const t = io();
    expect(await runCli([input, "--out", out], t.io)).toBe(1);
    expect(t.err.join("")).toContain("--out trùng với tệp đầu vào");
    expect(readdirSync(dir).sort()).toEqual(listed);
    untouched();
  });

  it("refuses --json as a link to the input", async () => {
    const { dir, input, untouched } = await setup();
    symlinkSync(input, join(dir, "r.json"));
    const t = io();
    expect(await runCli([input, "--lang", "en", "--out", join(dir, "o.xlsx"), "--json", join(dir, "r.json")], t.io)).toBe(1);
    expect(t.err.join("")).toContain("--json is the input");
    expect(existsSync(join(dir, "o.xlsx"))).toBe(false);
    untouched();
  });
});

describe("outputs that cannot be written get their own message, exit 1, and nothing is written", () => {
  it("a missing output folder is named (not created: a mistyped folder would hide the result)", async () => {
    const { dir, input, untouched } = await setup();
    const t = io();
    expect(await runCli([input, "--out", join(dir, "khong-co", "o.xlsx")], t.io)).toBe(1);
    expect(t.err.join("")).toContain(`thư mục "${join(dir, "khong-co")}" không tồn tại`);
    expect(existsSync(join(dir, "khong-co"))).toBe(false);
    untouched();
  });

  it("an output whose folder is a file", async () => {
    const { input, untouched } = await setup();
    const t = io();
    expect(await runCli([input, "--lang", "en", "--out", join(input, "o.xlsx")], t.io)).toBe(1);
    expect(t.err.join("")).toContain("is a file, not a folder");
    untouched();
  });

  it("an output that is a folder", async () => {
    const { dir, input } = await setup();
    mkdirSync(join(dir, "ket-qua.xlsx"));
    const t = io();
    expect(await runCli([input, "--out", join(dir, "ket-qua.xlsx")], t.io)).toBe(1);
    expect(t.err.join("")).toContain("là một thư mục");
  });

  it("a read-only output file is not replaced (a rename would succeed on Linux)", async () => {
    const { dir, input, untouched } = await setup();
    const out = join(dir, "o.xlsx");
    writeFileSync(out, "kept");
    chmodSync(out, 0o444);
    const t = io();
    expect(await runCli([input, "--out", out], t.io)).toBe(1);
    expect(t.err.join("")).toContain("chỉ cho đọc");
    expect(readFileSync(out, "utf8")).toBe("kept");
    untouched();
  });

  it("an output open in Excel (its ~$ lock file beside it) says so", async () => {
    const { dir, input, untouched } = await setup();
    const out = join(dir, "o.xlsx");
    writeFileSync(out, "kept");
    writeFileSync(join(dir, "~$o.xlsx"), "owner");
    const t = io();
    expect(await runCli([input, "--lang", "en", "--out", out], t.io)).toBe(1);
    expect(t.err.join("")).toContain("is open in Excel");
    expect(t.err.join("")).toContain("~$o.xlsx");
    expect(readFileSync(out, "utf8")).toBe("kept");
    untouched();
  });

  it("a --json output is checked the same way, before the workbook is written", async () => {
    const { dir, input } = await setup();
    const t = io();
    expect(await runCli([input, "--out", join(dir, "o.xlsx"), "--json", join(dir, "nowhere", "r.json")], t.io)).toBe(1);
    expect(t.err.join("")).toContain("--json: thư mục");
    expect(existsSync(join(dir, "o.xlsx"))).toBe(false);
  });
});

describe("writeFailure", () => {
  it.each(["EACCES", "EPERM", "EBUSY"])("names a file locked by another program (%s)", async (code) => {
    const dir = tempDir();
    const failure = (await writeFailure(Object.assign(new Error("x"), { cause: { code } }), join(dir, "o.xlsx"), "--out")) as { localized: { vi: string } };
    expect(failure.localized.vi).toContain(`(${code}): tệp đang bị khóa`);
  });

  it("names Excel when its lock file is beside the locked file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "~$o.xlsx"), "owner");
    const failure = (await writeFailure({ code: "EBUSY" }, join(dir, "o.xlsx"), "--out")) as { localized: { en: string } };
    expect(failure.localized.en).toContain("is open in Excel");
  });

  it("keeps any other failure as it was", async () => {
    const error = Object.assign(new Error("disk full"), { code: "ENOSPC" });
    expect(await writeFailure(error, "/tmp/o.xlsx", "--out")).toBe(error);
  });
});
