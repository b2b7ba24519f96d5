import { interpolate } from "../../src/ui/interpolate";

describe("interpolate", () => {
  it("fills every placeholder, numbers included, and leaves an unknown one visible", () => {
    expect(interpolate("{n} đơn vị · {n} lần · {missing}", { n: 10 })).toBe("10 đơn vị · 10 lần · {missing}");
    expect(interpolate("Không có tham số")).toBe("Không có tham số");
  });
});
