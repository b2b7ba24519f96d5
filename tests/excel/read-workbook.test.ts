import { readInputs } from "../../src/excel/read-workbook";
import { HISTORY_DATA_SHEET } from "../../src/workbook/history/history-names";
import { FakeExcel } from "../fakes/fake-excel";
import { asContext } from "./helpers";

const seed = {
  sheets: [
    { name: "Đơn vị", rows: [[null, null], [null, "Mã đơn vị"], [null, "CT"], [null, "#N/A"]] as (string | number | null)[][] },
    { name: "Số liệu 2018", rows: [["Kế hoạch", 9000]] as (string | number | null)[][], hidden: true },
    { name: "Chi tiết điểm", rows: [["cũ"]] as (string | number | null)[][] },
  ],
};

describe("readInputs", () => {
  it("turns used ranges into grids: origin, error cells, empty cells, number formats, visibility", async () => {
    const fake = new FakeExcel(seed);
    const grid = await readInputs(asContext(fake.context()));
    const members = grid.sheets[0];
    expect(members).toMatchObject({ name: "Đơn vị", originRow: 2, originCol: 2, visible: true, tables: [] });
    expect(members.rows).toEqual([["Mã đơn vị"], ["CT"], [{ error: "#N/A" }]]);
    expect(members.numberFormats).toEqual([["General"], ["General"], ["General"]]);
    expect(grid.sheets[1]).toMatchObject({ name: "Số liệu 2018", visible: false, rows: [["Kế hoạch", 9000]] });
  });

  it("lists output sheets other than Xếp hạng by name only (the reader never reads them)", async () => {
    const grid = await readInputs(asContext(new FakeExcel(seed).context()));
    expect(grid.sheets[2]).toMatchObject({ name: "Chi tiết điểm", rows: [] });
  });

  it("reads sheets named as in the contract in one sync, others in one more", async () => {
    const contractOnly = new FakeExcel({ sheets: [seed.sheets[0]] });
    await readInputs(asContext(contractOnly.context()));
    expect(contractOnly.stats.syncs).toBe(1);
    const withOthers = new FakeExcel(seed);
    await readInputs(asContext(withOthers.context()));
    expect(withOthers.stats.syncs).toBe(2);
    const hinted = new FakeExcel(seed);
    await readInputs(asContext(hinted.context()), { sheetNames: ["Số liệu 2018"], tableNames: [] });
    expect(hinted.stats.syncs).toBe(1);
  });

  it("falls back to listing then reading when the build rejects calls on null objects", async () => {
    const fake = new FakeExcel(seed, { nullObjects: "throw" });
    const grid = await readInputs(asContext(fake.context()));
    expect(grid.sheets.map((s) => s.rows.length)).toEqual([3, 1, 0]);
    expect(fake.stats.syncs).toBe(3);
  });

  it("reports tables with their local address", async () => {
    const fake = new FakeExcel(seed);
    const context = fake.context();
    context.workbook.worksheets.getItem("Đơn vị").tables.add("B2:B4", true).name = "DonVi";
    await context.sync();
    const grid = await readInputs(asContext(fake.context()));
    expect(grid.sheets[0].tables).toEqual([{ name: "DonVi", range: "B2:B4" }]);
  });

  it("reads the hidden history by its values only, in the one read sync, and the other program sheets by name only", async () => {
    const history = [["ktd-lich-su", "ghi chú", null], ["v1", 1, 'j{"v":1}']];
    const fake = new FakeExcel({
      sheets: [
        seed.sheets[0],
        { name: "Bảng tổng hợp", rows: [["cũ"]] },
        { name: "Biểu đồ", rows: [["cũ"]] },
        { name: "Lịch sử tính điểm", rows: [["cũ"]] },
        { name: HISTORY_DATA_SHEET, rows: history, hidden: true },
      ],
    });
    const grid = await readInputs(asContext(fake.context()));
    expect(fake.stats.syncs).toBe(1);
    const stored = grid.sheets.find((s) => s.name === HISTORY_DATA_SHEET)!;
    expect(stored).toMatchObject({ rows: history, visible: false });
    expect(stored.numberFormats).toBeUndefined();
    for (const name of ["Bảng tổng hợp", "Biểu đồ", "Lịch sử tính điểm"]) expect(grid.sheets.find((s) => s.name === name)!.rows).toEqual([]);
  });
});
