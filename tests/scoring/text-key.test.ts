import { codeKey } from "../../src/scoring/codes";
import { textKey } from "../../src/scoring/text";
import { isNoValueCell } from "../../src/workbook/reading/cell-values";
import { compactKey, labelKey, textKey as readerTextKey } from "../../src/workbook/reading/text-key";

describe("textKey, the one normalisation of the officer's text", () => {
  it("ignores Unicode form, accents, đ, case and every kind of space", () => {
    const variants = ["Hoàn thành xuất sắc", "HOÀN THÀNH XUẤT SẮC".normalize("NFD"), " hoan  thanh\u00a0xuat\u200bsac ", "Hoàn\u202fthành\u3000xuất\tsắc"];
    for (const v of variants) expect([v, textKey(v)]).toEqual([v, "hoan thanh xuat sac"]);
    expect(textKey("Đơn vị")).toBe("don vi");
  });

  it("is the same function in the scoring core and in the reader, and the derived keys build on it", () => {
    expect(readerTextKey).toBe(textKey);
    expect(compactKey("CT 01")).toBe(compactKey("ct01"));
    expect(labelKey("Kế hoạch năm 2018 (tỷ đồng)")).toBe(labelKey("ke hoach nam"));
  });

  it("joins codes typed in NFD, with a non-breaking space or in another case to the same member", () => {
    expect(codeKey("NHNN\u00a0KG")).toBe(codeKey("nhnn kg"));
    expect(codeKey("ĐV1".normalize("NFD"))).toBe(codeKey("dv1"));
  });

  it("reads the 'no value' words however they are typed", () => {
    for (const v of ["không có", "Không Có".normalize("NFD"), "khong co", "KHÔNG\u00a0CÓ", "X", "—"]) expect([v, isNoValueCell(v)]).toEqual([v, true]);
    expect(isNoValueCell("không")).toBe(false);
  });
});
