import { displayWidth, fitColumns, textTable, truncateToWidth, wrapWords, type Align, type FitColumn } from "../../src/cli/text-table";

describe("textTable", () => {
  it("counts a Vietnamese letter once whether typed NFC or NFD", () => {
    expect(displayWidth("Thuế".normalize("NFD"))).toBe(4);
    expect(displayWidth("Thuế")).toBe(4);
  });

  it("aligns columns by displayed width, numbers to the right", () => {
    const out = textTable(["Tên", "Điểm"], [["Cục Thuế".normalize("NFD"), "363,07"], ["Cảng vụ", "2,00"]], ["left", "right"]);
    const lines = out.trimEnd().split("\n");
    expect(lines).toEqual(["Tên         Điểm", "--------  ------", "Cục Thuế  363,07", "Cảng vụ     2,00"]);
  });
});

describe("displayWidth", () => {
  it("gives combining marks with no precomposed letter no width", () => {
    expect(displayWidth("q\u0301\u0323")).toBe(1);
    expect(displayWidth("a\u200Bb")).toBe(2);
  });
});

describe("truncateToWidth", () => {
  it("cuts to the width with …, counting NFD accents once, and leaves short text whole", () => {
    expect(truncateToWidth("Cục Thuế tỉnh".normalize("NFD"), 6)).toBe("Cục T…");
    expect(truncateToWidth("Cục Thuế".normalize("NFD"), 8)).toBe("Cục Thuế");
    expect(truncateToWidth("abc", 0)).toBe("");
  });
});

describe("wrapWords", () => {
  it("breaks between words within the width and splits a word longer than a line", () => {
    expect(wrapWords("Đồng hạng — khối bình xét", 10)).toEqual(["Đồng hạng", "— khối", "bình xét"]);
    expect(wrapWords("abcdefghij xy", 4)).toEqual(["abcd", "efgh", "ij", "xy"]);
  });
});

describe("fitColumns", () => {
  const columns = (): FitColumn[] => [
    { key: "name", header: "Tên đơn vị", align: "left", cells: ["Cục Thuế tỉnh Kiên Giang"] },
    { key: "a", header: "Nội dung I", shortHeader: "I", align: "right", cells: ["10"], drop: 1 },
    { key: "b", header: "Nội dung II", shortHeader: "II", align: "right", cells: ["20"], drop: 1 },
    { key: "c", header: "Điểm cộng", shortHeader: "Cộng", align: "right", cells: ["5"], drop: 2 },
  ];
  const width = (t: { headers: string[]; rows: string[][]; align: Align[] }) => Math.max(...textTable(t.headers, t.rows, t.align).trimEnd().split("\n").map(displayWidth));

  it("keeps everything with full headers when it fits", () => {
    expect(fitColumns(columns(), 200, []).headers).toEqual(["Tên đơn vị", "Nội dung I", "Nội dung II", "Điểm cộng"]);
  });

  it("tries short headers before dropping anything", () => {
    const t = fitColumns(columns(), 40, []);
    expect(t.headers).toEqual(["Tên đơn vị", "I", "II", "Cộng"]);
    expect(width(t)).toBeLessThanOrEqual(40);
  });

  it("drops a whole group of the lowest rank first, then the next", () => {
    expect(fitColumns(columns(), 32, []).keys).toEqual(["name", "c"]);
    expect(fitColumns(columns(), 26, []).keys).toEqual(["name"]);
  });

  it("then shortens along the steps, never below a step's minimum", () => {
    const t = fitColumns(columns(), 12, [{ key: "name", min: 14 }]);
    expect(t.rows[0][0]).toBe("Cục Thuế tỉnh…");
    expect(fitColumns(columns(), 12, [{ key: "name", min: 12 }]).rows[0][0]).toBe("Cục Thuế tỉ…");
  });
});
