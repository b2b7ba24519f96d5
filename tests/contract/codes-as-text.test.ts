import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runRank, tempDir, writeWorkbook } from "../cli/cli-helpers";
import { errors, order, ranked, run, simpleBloc, unitOf } from "./contract-helpers";

jest.setTimeout(60_000);

/** Contract clarification: codes and names are text, always; "X", "x", "-", "—", "0" are valid. */
describe("codes and names are text", () => {
  it('ranks a bloc whose members are "X", "Y" and "Z"', () => {
    const calc = ranked(run(simpleBloc({ X: 103, Y: 101, Z: 99 })));
    expect(errors(calc)).toEqual([]);
    expect(order(calc)).toEqual(["X", "Y", "Z"]);
    expect(unitOf(calc, "X").name).toBe("Đơn vị X");
  });

  it('ranks members coded "-", "—", "x" and the number 0 (read as "0"), named "-" and "x"', () => {
    const members = [["Mã đơn vị", "Tên đơn vị"], ["-", "x"], ["—", "-"], ["x", "Đơn vị x"], [0, "Đơn vị 0"]];
    const calc = ranked(run(simpleBloc({ "-": 104, "—": 103, x: 102, "0": 101 }, [], members)));
    expect(errors(calc)).toEqual([]);
    expect(calc.json.units.map((u) => [u.code, u.name, u.rank])).toEqual([["-", "x", 1], ["—", "-", 2], ["x", "Đơn vị x", 3], ["0", "Đơn vị 0", 4]]);
  });

  it('the command line ranks "X", "Y", "Z" (named "Đơn vị X", "-" and "x")', async () => {
    const dir = tempDir();
    const input = join(dir, "xyz.xlsx");
    const header = ["Mã đơn vị", "Tên chỉ tiêu", "Kế hoạch", "Thực hiện"];
    const rows = ["X", "Y", "Z"].flatMap((code, k) => [1, 2, 3, 4, 5].map((n) => [code, `Chỉ tiêu ${n}`, 100, 100 + k]));
    await writeWorkbook(input, [
      { name: "Đơn vị", rows: [["Mã đơn vị", "Tên đơn vị"], ["X", "Đơn vị X"], ["Y", "-"], ["Z", "x"]] },
      { name: "Chỉ tiêu", rows: [header, ...rows] },
    ]);
    const result = await runRank([input, "--json", join(dir, "r.json"), "--out", join(dir, "out.xlsx")]);
    expect(result.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, "r.json"), "utf8"));
    expect(json.units.map((u: { code: string; name: string; rank: number }) => [u.code, u.name, u.rank])).toEqual([["Z", "x", 1], ["Y", "-", 2], ["X", "Đơn vị X", 3]]);
  });
});
