import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, truncateSync, writeFileSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runBatch } from "../../src/cli/batch";
import { runCli } from "../../src/cli/run";
import type { BatchJson } from "../../src/workbook/batch/batch-summary";
import { batchIo, writeBlocked, writeGood, writeXls } from "./batch-helpers";
import { sha256, tempDir } from "./cli-helpers";

/** A province folder: two good blocs, one blocked, three unreadable, Excel's lock file, a subfolder and a note. */
async function province() {
  const dir = tempDir();
  const input = join(dir, "tinh");
  mkdirSync(input);
  await writeGood(join(input, "khoi-a.xlsx"));
  await writeGood(join(input, "khoi-b.xlsm"));
  await writeBlocked(join(input, "loi.xlsx"));
  writeFileSync(join(input, "rac.xlsx"), "không phải sổ làm việc");
  writeXls(join(input, "cu.xls"));
  copyFileSync(join(input, "khoi-a.xlsx"), join(input, "hong.xlsx"));
  truncateSync(join(input, "hong.xlsx"), Math.floor(statSync(join(input, "hong.xlsx")).size / 2));
  copyFileSync(join(input, "khoi-a.xlsx"), join(input, "~$khoi-a.xlsx"));
  mkdirSync(join(input, "con"));
  await writeGood(join(input, "con", "khoi-c.xlsx"));
  writeFileSync(join(input, "ghi-chu.txt"), "x");
  const before = new Map(readdirSync(input).filter((n) => n !== "con").map((n) => [n, { hash: sha256(join(input, n)), mtime: statSync(join(input, n)).mtimeMs }]));
  const untouched = () => {
    for (const [name, { hash, mtime }] of before) {
      expect([name, sha256(join(input, name)), statSync(join(input, name)).mtimeMs]).toEqual([name, hash, mtime]);
    }
    expect(readdirSync(input).sort()).toEqual([...before.keys(), "con"].sort());
  };
  return { dir, input, out: join(dir, "ket-qua"), untouched };
}

function readJson(out: string): BatchJson {
  return JSON.parse(readFileSync(join(out, "tong-hop.json"), "utf8")) as BatchJson;
}

describe("npm run batch: a folder mixing good, blocked and unreadable workbooks", () => {
  it("ranks every workbook, never stops on a bad one, exits 2, and leaves the inputs untouched", async () => {
    const { input, out, untouched } = await province();
    const t = batchIo();
    expect(await runBatch([input, "--out", out], t.io)).toBe(2);

    const json = readJson(out);
    expect(Object.keys(json)).toEqual(["files"]);
    expect(json.files.map((f) => [f.file, f.status])).toEqual([
      ["cu.xls", "unreadable"],
      ["hong.xlsx", "unreadable"],
      ["khoi-a.xlsx", "ranked"],
      ["khoi-b.xlsm", "ranked"],
      ["loi.xlsx", "blocked"],
      ["rac.xlsx", "unreadable"],
    ]);
    for (const file of json.files) expect(Object.keys(file)).toEqual(["file", "bloc", "year", "status", "units", "issues"]);
    const byName = new Map(json.files.map((f) => [f.file, f]));
    expect(byName.get("cu.xls")!.issues).toEqual([expect.objectContaining({ severity: "error", code: "file-xls", message: expect.stringContaining(".xls") })]);
    expect(byName.get("hong.xlsx")!.issues[0].code).toBe("file-damaged");
    expect(byName.get("rac.xlsx")!.issues[0].code).toBe("file-not-workbook");
    const blocked = byName.get("loi.xlsx")!;
    expect(blocked.units).toEqual([]);
    expect(blocked.issues).toContainEqual(expect.objectContaining({ severity: "error", sheet: "Chỉ tiêu", cell: "E2", code: "plan-zero" }));
    // domain.md's worked example: CT first with 363.07 points.
    const ranked = byName.get("khoi-a.xlsx")!;
    expect(ranked.units[0]).toMatchObject({ code: "CT", rank: 1 });
    expect(ranked.units[0].total).toBeCloseTo(363.0714285714, 8);

    // Copies keep the file name; the .xlsm's copy has no macros, so it is an .xlsx; nothing for unreadable files.
    expect(readdirSync(out).sort()).toEqual(["khoi-a.xlsx", "khoi-b.xlsx", "loi.xlsx", "tong-hop.json", "tong-hop.xlsx"]);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(join(out, "khoi-a.xlsx"));
    expect(copy.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Đơn vị", "Chỉ tiêu", "Xếp hạng", "Kiểm tra"]));
    untouched();
    expect(t.out.join("")).toContain("Tổng hợp 6 tệp: 2 đã xếp hạng, 1 có lỗi, 3 không đọc được.");
    expect(t.out.join("")).toContain("khoi-b.xlsm: bản đã xếp hạng ghi thành khoi-b.xlsx");
    // ~$khoi-a.xlsx beside it: Excel has it open, so unsaved edits are not in the ranking.
    expect(t.out.join("")).toContain("khoi-a.xlsx: đang mở trong Excel");
    expect(t.out.join("")).not.toContain("khoi-b.xlsm: đang mở");
  });

  it("gives each file the same units and issues as ranking it alone with --json", async () => {
    const { dir, input, out } = await province();
    await runBatch([input, "--out", out], batchIo().io);
    const alone = join(dir, "alone.json");
    expect(await runCli([join(input, "khoi-a.xlsx"), "--out", join(dir, "alone.xlsx"), "--json", alone], batchIo().io)).toBe(0);
    const single = JSON.parse(readFileSync(alone, "utf8"));
    const entry = readJson(out).files.find((f) => f.file === "khoi-a.xlsx")!;
    expect({ bloc: entry.bloc, year: entry.year, units: entry.units, issues: entry.issues }).toEqual(single);
  });

  it("writes tong-hop.xlsx: per file the khối and year, its members, and the first problems of a bad file", async () => {
    const { input, out } = await province();
    await runBatch([input, "--out", out], batchIo().io);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, "tong-hop.xlsx"));
    expect(book.worksheets.map((w) => w.name)).toEqual(["Tổng hợp"]);
    const rows = book.worksheets[0].getSheetValues().slice(1).map((r) => (Array.isArray(r) ? r.slice(1) : []));
    const header = rows.findIndex((r) => r[0] === "Tệp");
    expect(rows[header]).toEqual(["Tệp", "Khối", "Năm", "Trạng thái", "Hạng", "Mã đơn vị", "Tên đơn vị", "Tổng điểm", "Tỷ lệ (%)", "Xếp loại", "Đề nghị khen thưởng", "Vấn đề / ghi chú"]);
    const data = rows.slice(header + 1);
    const members = data.filter((r) => r[0] === "khoi-a.xlsx");
    expect(members.map((r) => r[5])).toEqual(readJson(out).files.find((f) => f.file === "khoi-a.xlsx")!.units.map((u) => u.code));
    expect(members[0][3]).toBe("Đã xếp hạng");
    const blocked = data.filter((r) => r[0] === "loi.xlsx");
    expect(blocked).toHaveLength(1);
    expect(String(blocked[0][11])).toContain("Chỉ tiêu!E2");
    expect(data.filter((r) => r[0] === "cu.xls")[0][3]).toBe("Không đọc được");
  });

  it("exits 0 when every file is ranked, and speaks English with --lang en", async () => {
    const dir = tempDir();
    await writeGood(join(dir, "a.xlsx"));
    const t = batchIo();
    expect(await runBatch([dir, "--out", join(dir, "ra"), "--lang", "en"], t.io)).toBe(0);
    expect(t.out.join("")).toContain("1 file(s): 1 ranked");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "ra", "tong-hop.xlsx"));
    expect(book.worksheets[0].name).toBe("Summary");
  });

  it("shows progress on a terminal only", async () => {
    const dir = tempDir();
    await writeGood(join(dir, "a.xlsx"));
    await writeGood(join(dir, "b.xlsx"));
    const tty = batchIo(true);
    await runBatch([dir, "--out", join(dir, "ra")], tty.io);
    expect(tty.err.join("")).toContain("[2/2] b.xlsx");
    const piped = batchIo(false);
    await runBatch([dir, "--out", join(dir, "ra2")], piped.io);
    expect(piped.err).toEqual([]);
  });
});

describe("npm run batch: when the batch cannot run (exit 1, nothing written)", () => {
  it("refuses an output folder that is the input folder, by any path or link", async () => {
    const { dir, input, untouched } = await province();
    symlinkSync(input, join(dir, "link"));
    for (const out of [input, join(input, "."), join(dir, "link")]) {
      const t = batchIo();
      expect(await runBatch([input, "--out", out], t.io)).toBe(1);
      expect(t.err.join("")).toContain("--out là chính thư mục đầu vào");
    }
    untouched();
  });

  it("names a missing input folder, an input that is a file, an output that is a file, and an empty folder", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "f.txt"), "x");
    const cases: [string[], string][] = [
      [[join(dir, "khong-co"), "--out", join(dir, "o")], "Không tìm thấy thư mục"],
      [[join(dir, "f.txt"), "--out", join(dir, "o")], "là một tệp, không phải thư mục"],
      [[dir, "--out", join(dir, "f.txt")], "--out: "],
      [[dir, "--out", join(dir, "o")], "không có sổ làm việc nào"],
    ];
    for (const [args, message] of cases) {
      const t = batchIo();
      expect(await runBatch(args, t.io)).toBe(1);
      expect(t.err.join("")).toContain(message);
    }
    expect(existsSync(join(dir, "o", "tong-hop.json"))).toBe(false);
  });

  it("creates a missing output folder (and its parents)", async () => {
    const dir = tempDir();
    await writeGood(join(dir, "a.xlsx"));
    expect(await runBatch([dir, "--out", join(dir, "nam-2018", "ket-qua")], batchIo().io)).toBe(0);
    expect(existsSync(join(dir, "nam-2018", "ket-qua", "a.xlsx"))).toBe(true);
  });

  it("goes on past a copy it cannot write (read-only from an earlier run), then exits 1 naming it", async () => {
    const dir = tempDir();
    await writeGood(join(dir, "a.xlsx"));
    await writeGood(join(dir, "b.xlsx"));
    mkdirSync(join(dir, "ra"));
    writeFileSync(join(dir, "ra", "a.xlsx"), "kept");
    chmodSync(join(dir, "ra", "a.xlsx"), 0o444);
    const t = batchIo();
    expect(await runBatch([dir, "--out", join(dir, "ra")], t.io)).toBe(1);
    expect(t.err.join("")).toContain("chỉ cho đọc");
    expect(readFileSync(join(dir, "ra", "a.xlsx"), "utf8")).toBe("kept");
    expect(existsSync(join(dir, "ra", "b.xlsx"))).toBe(true);
    expect(readJson(join(dir, "ra")).files.map((f) => f.status)).toEqual(["ranked", "ranked"]);
  });

  it("explains bad arguments and points to the batch's help; the help is in both languages", async () => {
    const t = batchIo();
    expect(await runBatch([tempDir()], t.io)).toBe(1);
    expect(t.err.join("")).toContain("Thiếu --out");
    expect(t.err.join("")).toContain("npm run batch -- --help");
    const help = batchIo();
    expect(await runBatch(["--help", "--lang", "en"], help.io)).toBe(0);
    const text = help.out.join("");
    expect(text.indexOf("Usage:")).toBeLessThan(text.indexOf("Cách dùng:"));
    expect(text).toContain("npm run batch -- <folder> --out <output-folder>");
    expect(text).toContain("npm run batch -- <thư-mục> --out <thư-mục-kết-quả>");
  });
});
