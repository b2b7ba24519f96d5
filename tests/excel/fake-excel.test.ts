import { FakeExcel, installFakeOffice } from "../fakes/fake-excel";

const seed = { sheets: [{ name: "Đơn vị", rows: [["Mã", "Điểm"], ["CT", 9.5], ["#DIV/0!", null]] as (string | number | null)[][] }] };

describe("the strict fake Excel", () => {
  it("throws when a property is read before load() and sync()", async () => {
    const fake = new FakeExcel(seed);
    const context = fake.context();
    const range = context.workbook.worksheets.getItem("Đơn vị").getRange("A1:B2");
    expect(() => range.values).toThrow(/load\(\)/);
    range.load("values");
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([["Mã", "Điểm"], ["CT", 9.5]]);
    expect(() => range.address).toThrow(/PropertyNotLoaded|not available/);
  });

  it("answers isNullObject only after a sync", async () => {
    const context = new FakeExcel(seed).context();
    const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
    expect(() => missing.isNullObject).toThrow();
    await context.sync();
    expect(missing.isNullObject).toBe(true);
  });

  it("reports error cells through valueTypes and empty cells as empty strings", async () => {
    const context = new FakeExcel(seed).context();
    const used = context.workbook.worksheets.getItem("Đơn vị").getUsedRange(true).load("values, valueTypes, address");
    await context.sync();
    expect(used.valueTypes[2]).toEqual(["Error", "Empty"]);
    expect(used.values[2]).toEqual(["#DIV/0!", ""]);
    expect(used.address).toBe("'Đơn vị'!A1:B3");
  });

  it("rejects a values array whose shape differs from the range", async () => {
    const context = new FakeExcel(seed).context();
    context.workbook.worksheets.getItem("Đơn vị").getRange("A1:B2").values = [["x"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses a request above the payload limit and applies nothing of it", async () => {
    const fake = new FakeExcel(seed, { payloadLimitBytes: 1000 });
    const context = fake.context();
    const big = Array.from({ length: 50 }, () => ["x".repeat(40)]);
    context.workbook.worksheets.getItem("Đơn vị").getRange("D1:D50").values = big;
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.values("Đơn vị")[0]).toHaveLength(2);
    expect(fake.stats.bytesPerSync[0]).toBeGreaterThan(1000);
  });

  it("takes typed text like Excel: numbers become numbers and = + - @ text a formula, unless formatted as text", async () => {
    const fake = new FakeExcel(seed);
    const context = fake.context();
    const sheet = context.workbook.worksheets.getItem("Đơn vị");
    sheet.getRange("D1:F1").values = [["001", "=SUM(A1)", "- ghi chú"]];
    const text = sheet.getRange("D2:F2");
    text.numberFormat = [["@", "@", "@"]];
    text.values = [["001", "=SUM(A1)", "- ghi chú"]];
    await context.sync();
    expect(fake.values("Đơn vị")[0].slice(3)).toEqual([1, "#NAME?", "#NAME?"]);
    expect(fake.values("Đơn vị")[1].slice(3)).toEqual(["001", "=SUM(A1)", "- ghi chú"]);
  });

  it("throws ApiNotFound for APIs newer than the configured ExcelApi version", () => {
    const context = new FakeExcel(seed, { apiVersion: "1.4" }).context();
    const sheet = context.workbook.worksheets.getItem("Đơn vị");
    expect(() => sheet.freezePanes).toThrow(/1\.7/);
    expect(() => sheet.pageLayout).toThrow(/1\.9/);
    expect(() => sheet.onChanged).toThrow(/1\.7/);
    expect(() => context.workbook.application.suspendApiCalculationUntilNextSync()).toThrow(/1\.6/);
  });

  it("fires onChanged for the add-in's own writes and for user edits, with triggerSource from 1.14 only", async () => {
    for (const [apiVersion, own, user] of [["1.14", "ThisLocalAddin", "Unknown"], ["1.7", undefined, undefined]] as const) {
      const fake = new FakeExcel(seed, { apiVersion });
      const context = fake.context();
      const events: { triggerSource?: string }[] = [];
      const sheet = context.workbook.worksheets.getItem("Đơn vị");
      sheet.onChanged.add(async (e) => void events.push(e));
      await context.sync();
      sheet.getRange("C1").values = [["x"]];
      await context.sync();
      fake.userEdit("Đơn vị", "B2", [[10]]);
      await Promise.resolve();
      await Promise.resolve();
      expect(events.map((e) => e.triggerSource)).toEqual([own, user]);
    }
  });

  it("counts syncs per request and lets Excel.run sync what is still queued", async () => {
    const fake = new FakeExcel(seed);
    await fake.run(async (context: ReturnType<FakeExcel["context"]>) => {
      context.workbook.worksheets.getItem("Đơn vị").getRange("C1").values = [["y"]];
      await context.sync();
      context.workbook.worksheets.getItem("Đơn vị").getRange("C2").values = [["z"]];
    });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.values("Đơn vị")[1][2]).toBe("z");
  });

  it("installs Office and Excel globals for browser tests", async () => {
    const installed = installFakeOffice(seed, { apiVersion: "1.9" });
    try {
      const office = (globalThis as unknown as { Office: typeof Office }).Office;
      await expect(office.onReady()).resolves.toMatchObject({ host: "Excel" });
      expect(office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
      expect(office.context.requirements.isSetSupported("ExcelApi", "1.10")).toBe(false);
      office.actions.associate("recalculate", () => undefined);
      expect(installed.actions.has("recalculate")).toBe(true);
    } finally {
      installed.uninstall();
    }
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
  });

  it("records a chart from its source range, and refuses series calls newer than the build like Excel does", async () => {
    const rows = [["Tên", "Tỷ lệ", "Ngưỡng"], ["A", 95, 90], ["B", 85, 90]] as (string | number | null)[][];
    const old = new FakeExcel({ sheets: [{ name: "Biểu đồ", rows }] }, { apiVersion: "1.6" });
    const context = old.context();
    const sheet = context.workbook.worksheets.getItem("Biểu đồ");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B3"), "Columns");
    chart.title.text = "Tỷ lệ";
    await context.sync();
    expect(old.sheet("Biểu đồ")!.charts).toEqual([
      expect.objectContaining({ type: "ColumnClustered", source: "'Biểu đồ'!A1:B3", title: "Tỷ lệ", series: [{ name: "Tỷ lệ", chartType: null, values: "'Biểu đồ'!B2:B3", xValues: "'Biểu đồ'!A2:A3" }] }),
    ]);
    expect(() => chart.series.add("Ngưỡng")).toThrow(expect.objectContaining({ code: "ApiNotFound" }));

    const recent = new FakeExcel({ sheets: [{ name: "Biểu đồ", rows }] }, { apiVersion: "1.7" });
    const ctx = recent.context();
    const ws = ctx.workbook.worksheets.getItem("Biểu đồ");
    const line = ws.charts.add("ColumnClustered", ws.getRange("A1:B3"), "Columns").series.add("Ngưỡng");
    line.chartType = "Line";
    line.setValues(ws.getRange("C2:C3"));
    await ctx.sync();
    expect(recent.sheet("Biểu đồ")!.charts[0].series[1]).toEqual({ name: "Ngưỡng", chartType: "Line", values: "'Biểu đồ'!C2:C3", xValues: null });
  });

  it("hides a sheet but never the last visible one", async () => {
    const fake = new FakeExcel({ sheets: [...seed.sheets, { name: "Dữ liệu", rows: [["x"]] }] });
    const context = fake.context();
    context.workbook.worksheets.getItem("Dữ liệu").visibility = "Hidden";
    await context.sync();
    expect(fake.sheet("Dữ liệu")!.visibility).toBe("Hidden");
    context.workbook.worksheets.getItem("Đơn vị").visibility = "Hidden";
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("merges cells outside tables only", async () => {
    const fake = new FakeExcel(seed);
    const context = fake.context();
    const sheet = context.workbook.worksheets.getItem("Đơn vị");
    sheet.getRange("D1:F1").merge(false);
    await context.sync();
    expect(fake.sheet("Đơn vị")!.merges).toEqual([{ row: 0, col: 3, rows: 1, cols: 3 }]);
    sheet.tables.add("A1:B3", true);
    sheet.getRange("A2:B2").merge(false);
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("delivers selections (the officer's and the add-in's) to the sheet's onSelectionChanged handlers after the sync", async () => {
    const fake = new FakeExcel(seed);
    const context = fake.context();
    const events: unknown[] = [];
    const registration = context.workbook.worksheets.getItem("Đơn vị").onSelectionChanged.add((e) => void events.push(e));
    await context.sync();
    fake.userSelect("Đơn vị", "b2");
    expect(events).toEqual([]);
    await Promise.resolve();
    await Promise.resolve();
    const id = fake.sheet("Đơn vị")!.id;
    expect(events).toEqual([{ type: "WorksheetSelectionChanged", worksheetId: id, address: "B2" }]);
    context.workbook.worksheets.getItem("Đơn vị").getRange("A1:B1").select();
    await context.sync();
    await Promise.resolve();
    expect(events).toHaveLength(2);
    expect(fake.model.selection).toEqual({ sheet: "Đơn vị", address: "A1:B1" });
    registration.remove();
    await context.sync();
    fake.userSelect("Đơn vị", "B3");
    await Promise.resolve();
    await Promise.resolve();
    expect(events).toHaveLength(2);
  });

  it("selection events and Range.getUsedRangeOrNullObject need their requirement sets", () => {
    const old = new FakeExcel(seed, { apiVersion: "1.4" }).context();
    expect(() => old.workbook.worksheets.getItem("Đơn vị").onSelectionChanged).toThrow(/1\.7/);
    expect(() => new FakeExcel(seed, { apiVersion: "1.3" }).context().workbook.worksheets.getItem("Đơn vị").getRange("1:2").getUsedRangeOrNullObject()).toThrow(/1\.4/);
  });

  it("Range.getUsedRangeOrNullObject is the part of the range inside the used range, or a null object", async () => {
    const context = new FakeExcel(seed).context();
    const sheet = context.workbook.worksheets.getItem("Đơn vị");
    const row = sheet.getRange("2:2").getUsedRangeOrNullObject(true).load("values, address");
    const outside = sheet.getRange("9:9").getUsedRangeOrNullObject(true);
    await context.sync();
    expect(row.address).toBe("'Đơn vị'!A2:B2");
    expect(row.values).toEqual([["CT", 9.5]]);
    expect(outside.isNullObject).toBe(true);
  });
});
