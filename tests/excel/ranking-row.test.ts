import { findRankingHeader, memberCodeAt, selectedRow } from "../../src/excel/ranking-row";

describe("selectedRow", () => {
  it.each([
    ["B7", 7],
    ["$B$7", 7],
    ["B7:D9", 7],
    ["7:9", 7],
    ["'Xếp hạng'!C12", 12],
    ["AB120", 120],
  ])("%s is row %s", (address, row) => {
    expect(selectedRow(address)).toBe(row);
  });

  it("a whole column is no member's row", () => {
    expect(selectedRow("B:D")).toBeNull();
  });
});

describe("findRankingHeader and memberCodeAt", () => {
  it("finds the English header too, with the code column in worksheet coordinates", () => {
    const head = { values: [["Ranking — Khối 17"], ["", "Rank", "Code", "Name"]], rowIndex: 1, columnIndex: 2 };
    const header = findRankingHeader(head);
    expect(header).toEqual({ row: 3, codeColumn: 4 });
    // The selected row's used part may start further right than the header's (no rank for an unranked member).
    expect(memberCodeAt(header!, 7, { values: [["CT 01", "Cục Thuế"]], rowIndex: 6, columnIndex: 4 })).toBe("CT 01");
    expect(memberCodeAt(header!, 7, { values: [[" ", "x"]], rowIndex: 6, columnIndex: 4 })).toBeNull();
    expect(memberCodeAt(header!, 3, { values: [["", "Rank", "Code"]], rowIndex: 2, columnIndex: 2 })).toBeNull();
  });

  it("a numeric code is passed as text", () => {
    const header = { row: 3, codeColumn: 1 };
    expect(memberCodeAt(header, 4, { values: [[1, 17]], rowIndex: 3, columnIndex: 0 })).toBe("17");
  });

  it("a title that only mentions one of the headers is not the header", () => {
    expect(findRankingHeader({ values: [["Mã đơn vị"], ["Hạng"]], rowIndex: 0, columnIndex: 0 })).toBeNull();
  });
});
