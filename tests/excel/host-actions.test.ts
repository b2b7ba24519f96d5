import { FakeExcel } from "../fakes/fake-excel";
import { hostFor, sampleSeed } from "./helpers";
import { KHOI_17_SAMPLE } from "../../src/workbook/sample/khoi-17-kien-giang-2018";
import { needsTextFormat } from "../../src/excel/insert-sample";

describe("insertSample", () => {
  it("adds the sample's sheets to a workbook without input sheets, then ranks them", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1", rows: [] }] });
    const host = hostFor(fake);
    await expect(host.insertSample!({ overwrite: false })).resolves.toEqual({ status: "inserted", existing: [] });
    expect(fake.sheetNames()).toEqual(["Sheet1", ...KHOI_17_SAMPLE.map((s) => s.name)]);
    expect((await host.recalculate({ lang: "vi" })).status).toBe("ranked");
  });

  it("refuses to write over existing input sheets unless asked, then replaces exactly those", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Members", rows: [["Mã đơn vị"], ["X"]] }, { name: "Ghi chép", rows: [["giữ nguyên"]] }] });
    const host = hostFor(fake);
    await expect(host.insertSample!({ overwrite: false })).resolves.toEqual({ status: "exists", existing: ["Members"] });
    expect(fake.sheetNames()).toEqual(["Members", "Ghi chép"]);
    await host.insertSample!({ overwrite: true });
    expect(fake.sheetNames()).toEqual(["Ghi chép", ...KHOI_17_SAMPLE.map((s) => s.name)]);
    expect(fake.values("Ghi chép")).toEqual([["giữ nguyên"]]);
  });

  it("formats as text only the cells Excel would otherwise turn into numbers or formulas", () => {
    expect(["001", "1.5", "=A1", "-x", "#N/A"].every(needsTextFormat)).toBe(true);
    expect(["Cục Thuế", "Có", "Tăng"].some(needsTextFormat)).toBe(false);
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell the issue names", async () => {
    const fake = new FakeExcel(sampleSeed());
    await hostFor(fake).selectCell!("Chỉ tiêu", "H7");
    expect(fake.model.selection).toEqual({ sheet: "Chỉ tiêu", address: "H7" });
    expect(fake.model.sheetById(fake.model.activeSheetId!)!.name).toBe("Chỉ tiêu");
  });

  it("does nothing (and does not throw) when the sheet no longer exists", async () => {
    const fake = new FakeExcel(sampleSeed());
    await expect(hostFor(fake).selectCell!("Đã xóa", "A1")).resolves.toBeUndefined();
    expect(fake.model.selection).toBeNull();
  });
});
