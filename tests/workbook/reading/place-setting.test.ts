import { read, sheet, targets } from "./grids";

const ONE_TARGET = targets([["CT", "Thu", null, null, 1, 1]]);

describe("Cấu hình: Địa danh (the place on the meeting documents' date line)", () => {
  it.each(["Địa danh", "dia danh", "Place", "Nơi ban hành"])("is read from %j", (name) => {
    const { input, issues } = read(sheet("Cấu hình", [["Tham số", "Giá trị"], [name, "Kiên Giang"]]), ONE_TARGET);
    expect(issues).toEqual([]);
    expect(input?.settings.place).toBe("Kiên Giang");
  });

  it("is optional: absent, no place is set", () => {
    const { input } = read(sheet("Cấu hình", [["Tham số", "Giá trị"], ["Năm", 2018]]), ONE_TARGET);
    expect(input?.settings.place ?? "").toBe("");
  });
});
