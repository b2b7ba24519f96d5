import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { helpText } from "../../src/cli/help";
import { runCli } from "../../src/cli/run";
import { storedSnapshots } from "../../src/workbook/extras/carried-history";
import { openWorkbook } from "../../src/xlsx/package/open-workbook";
import { readFileBytes } from "../../src/xlsx/read-file-bytes";
import { tempDir, workedExampleSheets, writeWorkbook } from "./cli-helpers";

const KB = "Kho bạc Nhà nước CN Kiên Giang";

function io(now: Date) {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), now: () => now } };
}

/** The worked example, then the same workbook with Kho bạc's second actual (Chỉ tiêu!F13) amended 99,6 → 100. */
async function twoVersions(dir: string): Promise<{ first: string; amended: string }> {
  const first = join(dir, "lan-1.xlsx");
  await writeWorkbook(first, workedExampleSheets());
  const sheets = workedExampleSheets();
  sheets[1].rows[12][5] = 100;
  const amended = join(dir, "lan-2.xlsx");
  await writeWorkbook(amended, sheets);
  return { first, amended };
}

describe("--previous", () => {
  it("with an earlier output workbook: prints each amended cell after the table and carries its history on", async () => {
    const dir = tempDir();
    const { first, amended } = await twoVersions(dir);
    const earlier = join(dir, "ket-qua-1.xlsx");
    expect(await runCli([first, "--out", earlier], io(new Date(2025, 2, 5, 9, 0)).io)).toBe(0);

    const t = io(new Date(2025, 2, 5, 10, 0));
    const out = join(dir, "ket-qua-2.xlsx");
    expect(await runCli([amended, "--out", out, "--previous", earlier], t.io)).toBe(0);
    const text = t.out.join("");
    const table = text.indexOf("363,07");
    const heading = text.indexOf(`Thay đổi so với lần tính trước (${earlier}, 05/03/2025 09:00 → 05/03/2025 10:00):`);
    expect(table).toBeGreaterThanOrEqual(0);
    expect(heading).toBeGreaterThan(table);
    expect(text).toContain(`  ${KB}, Chỉ tiêu!F13: 99,6 → 100 ⇒ +0,28 điểm, giữ hạng 3`);
    expect(text.trimEnd().split("\n").pop()).toContain("Đã xếp hạng 3 đơn vị");

    const written = openWorkbook(await readFileBytes(out), out, { wanted: () => true }).grid;
    expect(storedSnapshots(written).snapshots).toHaveLength(2);
    expect(written.sheets.find((s) => s.name === "Lịch sử tính điểm")!.rows.flat()).toContain(`${KB}, Chỉ tiêu!F13: 99,6 → 100 ⇒ +0,28 điểm, giữ hạng 3`);
  });

  it("with an earlier result.json: compares ranks and points only, and says so (English)", async () => {
    const dir = tempDir();
    const { first, amended } = await twoVersions(dir);
    const json = join(dir, "ket-qua-1.json");
    expect(await runCli([first, "--out", join(dir, "o1.xlsx"), "--json", json], io(new Date(2025, 2, 5, 9, 0)).io)).toBe(0);

    const t = io(new Date(2025, 2, 5, 10, 0));
    expect(await runCli([amended, "--out", join(dir, "o2.xlsx"), "--previous", json, "--lang", "en"], t.io)).toBe(0);
    const text = t.out.join("");
    expect(text).toContain(`Compared with the earlier result (${json}):`);
    expect(text).toContain(`  ${KB}: +0.28 points, rank 3 → 3`);
    expect(text).toContain("give --previous the earlier output workbook (.xlsx)");
  });

  it("refuses a --previous file that is neither, before writing anything (exit 1)", async () => {
    const dir = tempDir();
    const { first } = await twoVersions(dir);
    const notes = join(dir, "ghi-chu.txt");
    writeFileSync(notes, "không phải kết quả");
    const t = io(new Date(2025, 2, 5, 10, 0));
    expect(await runCli([first, "--out", join(dir, "o.xlsx"), "--previous", notes], t.io)).toBe(1);
    expect(t.err.join("")).toContain("không phải sổ làm việc kết quả (.xlsx) hay tệp kết quả JSON");
    expect(existsSync(join(dir, "o.xlsx"))).toBe(false);
  });

  it("compares with a workbook that has no history by recalculating it", async () => {
    const dir = tempDir();
    const { first, amended } = await twoVersions(dir);
    const t = io(new Date(2025, 2, 5, 10, 0));
    expect(await runCli([amended, "--out", join(dir, "o.xlsx"), "--previous", first], t.io)).toBe(0);
    expect(t.out.join("")).toContain(`${KB}, Chỉ tiêu!F13: 99,6 → 100 ⇒ +0,28 điểm, giữ hạng 3`);
  });
});

describe("--explain", () => {
  it("prints the member's breakdown and what it takes after the table; an unknown code is named on stderr, exit unchanged", async () => {
    const dir = tempDir();
    const { first } = await twoVersions(dir);
    const t = io(new Date(2025, 2, 5, 9, 0));
    expect(await runCli([first, "--out", join(dir, "o.xlsx"), "--explain", "kb"], t.io)).toBe(0);
    const text = t.out.join("");
    expect(text.indexOf("Giải thích điểm: Kho bạc")).toBeGreaterThan(text.indexOf("363,07"));
    expect(text).toContain("Cần thêm hơn 13,35 điểm để vượt Cảng vụ Kiên Giang");

    const unknown = io(new Date(2025, 2, 5, 9, 0));
    expect(await runCli([first, "--out", join(dir, "o.xlsx"), "--explain", "XX", "--lang", "en"], unknown.io)).toBe(0);
    expect(unknown.err.join("")).toBe('--explain: no member with code "XX". Codes: CT, CV, KB.\n');
  });
});

describe("help", () => {
  it("documents --previous and --explain in both languages", () => {
    const text = helpText("vi");
    expect(text).toContain("--previous <tệp>");
    expect(text).toContain("--previous <file>");
    expect(text).toContain("--explain <mã>");
    expect(text).toContain("--explain <code>");
    expect(text).toContain("Bảng tổng hợp, Đề nghị khen thưởng, Biểu đồ");
  });
});
