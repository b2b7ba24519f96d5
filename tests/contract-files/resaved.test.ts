import { readFileSync } from "node:fs";
import { join } from "node:path";
import { answersOf, RESAVE_CASES } from "./resave-cases";

/**
 * The contract's cases re-saved by LibreOffice Calc and by Gnumeric (committed copies, made by
 * tests/fixtures/writers/make-contract-resaves.ts) give the same answers as the originals: the same
 * units, ranks, points and awards, and the same issues at the same cells. The print suite
 * (tests/print/resaved-now.test.ts) makes the copies afresh with the programs of the machine.
 */
const DIR = join(__dirname, "..", "fixtures", "writers", "contract");
const read = (file: string) => answersOf(readFileSync(join(DIR, file)), file);

describe.each(RESAVE_CASES.map((c) => c.name))("%s", (name) => {
  const original = read(`${name}.xlsx`);

  it("is a case with answers: members ranked, or an issue naming its cell", () => {
    expect(original.json.units.length + original.json.issues.length).toBeGreaterThan(0);
  });

  it.each(["libreoffice", "gnumeric"])("saved by %s gives the same answers", (writer) => {
    expect(read(`${name}.${writer}.xlsx`)).toEqual(original);
  });
});

it("the blocked case stays blocked at the same cell, and the ranked ones rank the worked example's members", () => {
  expect(read("titles-plan-zero.gnumeric.xlsx").json.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.sheet, i.cell])).toEqual([["plan-zero", "Chỉ tiêu", "G12"]]);
  expect(read("worked-example.libreoffice.xlsx").json.units.map((u) => [u.code, u.rank])).toEqual([["CT", 1], ["CV", 2], ["KB", 3]]);
});
