import { displayWidth, textTable } from "../../src/cli/text-table";

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
