import { writeCalculation } from "../../src/excel/write-outputs";
import { calculateWithExtras } from "../../src/workbook/extras/extras";
import { FakeExcel } from "../fakes/fake-excel";
import { asContext, capsOf, hostFor, NOW, sampleSeed, seedGrid } from "./helpers";

/** The Khối 17 sample plus sheets of the officer's own that carry extra sheets' names. */
function seedWithOfficerSheets() {
  const seed = sampleSeed();
  seed.sheets.push({ name: "Bảng tổng hợp", rows: [["Số liệu của cán bộ", 12345]] }, { name: "Biểu đồ", rows: [["Biểu đồ của cán bộ"]] });
  return seed;
}

describe("Excel: sheets of the officer's named like the program's extra sheets", () => {
  it("are left as they are; the program writes beside them ('… (2)') and, on the next run, replaces only its own", async () => {
    const fake = new FakeExcel(seedWithOfficerSheets());
    const host = hostFor(fake);

    expect((await host.recalculate({ lang: "vi" })).status).toBe("ranked");
    const names = fake.sheetNames();
    expect(fake.values("Bảng tổng hợp")).toEqual([["Số liệu của cán bộ", 12345]]);
    expect(fake.values("Biểu đồ")).toEqual([["Biểu đồ của cán bộ"]]);
    expect(names).toEqual(expect.arrayContaining(["Bảng tổng hợp (2)", "Biểu đồ (2)", "Đề nghị khen thưởng", "Lịch sử tính điểm"]));
    const summary = fake.values("Bảng tổng hợp (2)");

    expect((await host.recalculate({ lang: "vi" })).status).toBe("ranked");
    expect(fake.sheetNames()).toEqual(names);
    expect(fake.values("Bảng tổng hợp")).toEqual([["Số liệu của cán bộ", 12345]]);
    expect(fake.values("Bảng tổng hợp (2)")).toEqual(summary);
    expect(fake.model.tables.filter((t) => /^BangTongHop/i.test(t.name)).map((t) => t.sheet.name)).toEqual(["Bảng tổng hợp (2)"]);
  });

  it("gives the same placement and the note the command line prints", async () => {
    const seed = seedWithOfficerSheets();
    const fake = new FakeExcel(seed);
    const calculation = calculateWithExtras(seedGrid(seed), { lang: "vi", now: NOW });
    const written = await writeCalculation(asContext(fake.context()), calculation, { capabilities: capsOf(fake), existingSheets: fake.sheetNames() });
    expect(written.notes.map((n) => n.vi)).toEqual([
      expect.stringMatching(/^Trang 'Bảng tổng hợp' là của cán bộ.*'Bảng tổng hợp \(2\)'/),
      expect.stringMatching(/^Trang 'Biểu đồ' là của cán bộ.*'Biểu đồ \(2\)'/),
    ]);
    expect(written.chart).toBe(true);
    expect(fake.values("Biểu đồ")).toEqual([["Biểu đồ của cán bộ"]]);
  });
});
