import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { generateBloc, memberCode, writeBlocXlsx } from "../../bench/generate";
import { benchFiles } from "../../bench/run";
import { parseMaxRssKb } from "../../bench/cli.bench";

const table = (bloc: ReturnType<typeof generateBloc>, name: string) => {
  const rows = bloc.sheets.find((s) => s.name === name)!.rows;
  const header = rows[0].map(String);
  return rows.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? null])));
};

describe("generateBloc", () => {
  const bloc = generateBloc(300, 20);

  it("makes the requested number of members with unique codes", () => {
    const members = table(bloc, "Đơn vị");
    expect(members).toHaveLength(300);
    expect(new Set(members.map((m) => m["Mã đơn vị"])).size).toBe(300);
    expect(memberCode(0)).toBe("DV001");
  });

  it("registers exactly the requested targets per member on one criterion of that many targets", () => {
    const targets = table(bloc, "Chỉ tiêu");
    expect(targets).toHaveLength(6000);
    expect(bloc.counts["Chỉ tiêu"]).toBe(6000);
    const first = targets.filter((t) => t["Mã đơn vị"] === "DV001");
    expect(first.map((t) => t["STT"])).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const criterion = table(bloc, "Tiêu chí").find((c) => c["Cách chấm"] === "Chỉ tiêu")!;
    expect(criterion).toMatchObject({ "Số chỉ tiêu": 20, "Điểm chuẩn": 20 * 70 });
  });

  it("keeps plans readable: positive for Tăng/Giảm, completion between 85 % and 115 %", () => {
    for (const t of table(bloc, "Chỉ tiêu")) {
      if (t["Chiều"] !== "Tăng" && t["Chiều"] !== "Giảm") continue;
      const plan = t["Kế hoạch"] as number;
      const actual = t["Thực hiện"] as number;
      expect(plan).toBeGreaterThan(0);
      const ratio = t["Chiều"] === "Tăng" ? actual / plan : plan / actual;
      expect(ratio).toBeGreaterThan(0.8);
      expect(ratio).toBeLessThan(1.2);
    }
  });

  it("uses every direction", () => {
    expect(new Set(table(bloc, "Chỉ tiêu").map((t) => t["Chiều"]))).toEqual(new Set(["Tăng", "Giảm", "Bằng 0", "Đạt"]));
  });

  it("gives the same sheets for the same arguments and other sheets for another seed", () => {
    expect(generateBloc(300, 20)).toEqual(bloc);
    expect(generateBloc(300, 20, 7)).not.toEqual(bloc);
  });

  it("scores directly only within the standard points", () => {
    const criteria = table(bloc, "Tiêu chí");
    for (const s of table(bloc, "Chấm điểm")) {
      const max = criteria.find((c) => String(c["Mã tiêu chí"]) === s["Tiêu chí"])!["Điểm chuẩn"] as number;
      expect(s["Điểm tự chấm"]).toBeLessThanOrEqual(max);
      expect(s["Điểm khối chấm"]).toBeLessThanOrEqual(max);
    }
  });

  it("writes an .xlsx with the sheets as tables", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "gen-test-"));
    try {
      const file = path.join(dir, "bloc.xlsx");
      const counts = await writeBlocXlsx(file, 12, 5);
      expect(counts["Chỉ tiêu"]).toBe(60);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      expect(workbook.getWorksheet("Chỉ tiêu")!.rowCount).toBe(61);
      expect(workbook.getWorksheet("Chỉ tiêu")!.getCell("A2").value).toBe("DV001");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("bench runner helpers", () => {
  it("runs only *.bench.ts files, in alphabetical order", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "bench-files-"));
    try {
      for (const name of ["zeta.bench.ts", "cli.bench.ts", "generate.ts", "core.bench.ts", "notes.md"]) await writeFile(path.join(dir, name), "");
      await mkdir(path.join(dir, "sub"));
      expect(await benchFiles(dir)).toEqual(["cli.bench.ts", "core.bench.ts", "zeta.bench.ts"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reads the peak memory from GNU time -v output", () => {
    const output = "\tUser time (seconds): 1.52\n\tMaximum resident set size (kbytes): 187432\n\tExit status: 0\n";
    expect(parseMaxRssKb(output)).toBe(187432);
    expect(parseMaxRssKb("Command terminated by signal 9")).toBeNull();
  });

});
