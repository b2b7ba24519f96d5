import { DEFAULT_SETTINGS } from "../../../src/scoring/settings";
import { INVENTED_FIGURES_NOTE } from "../../../src/workbook/sample/sample-sheet";
import { KHOI_17_SAMPLE } from "../../../src/workbook/sample/khoi-17-kien-giang-2018";
import { codesOf, sampleSheet, sampleTable } from "./sample-table";

const ARTICLE_MEMBERS = [
  "Ngân hàng Nhà nước",
  "Cục Thuế",
  "Kho bạc Nhà nước",
  "Hải quan",
  "Cảng vụ",
  "Thi hành án dân sự",
  "Thống kê",
  "Bảo hiểm Xã hội",
  "Cảng Hàng không Rạch Giá",
  "Phú Quốc",
];

const members = sampleTable("Đơn vị");
const criteria = sampleTable("Tiêu chí");
const targets = sampleTable("Chỉ tiêu");
const scores = sampleTable("Chấm điểm");
const memberCodes = members.map((m) => String(m["Mã đơn vị"]));
const criterionOf = (code: string) => criteria.find((c) => c["Mã tiêu chí"] === code)!;

describe("Khối 17 sample: sheets", () => {
  it("holds the contract's input sheets", () => {
    expect(KHOI_17_SAMPLE.map((s) => s.name)).toEqual(["Cấu hình", "Đơn vị", "Tiêu chí", "Chỉ tiêu", "Chấm điểm", "Cộng trừ", "Vi phạm"]);
  });

  it.each(KHOI_17_SAMPLE.map((s) => [s.name, s]))("%s says above its header that the figures are invented", (_, sheet) => {
    expect(sheet.headerRow).toBe(1);
    expect(sheet.rows[0][0]).toBe(INVENTED_FIGURES_NOTE);
    expect(INVENTED_FIGURES_NOTE).toMatch(/minh họa/);
  });

  it.each(KHOI_17_SAMPLE.map((s) => [s.name, s]))("%s has no data cell outside its header's columns", (_, sheet) => {
    const width = sheet.rows[sheet.headerRow ?? 0].length;
    for (const row of sheet.rows) expect(row.length).toBeLessThanOrEqual(width);
    expect(sheet.columnWidths).toHaveLength(width);
  });
});

describe("Khối 17 sample: Cấu hình", () => {
  const settings = new Map(sampleTable("Cấu hình").map((r) => [r["Tham số"], r["Giá trị"]]));

  it("names the year and the bloc", () => {
    expect(settings.get("Năm")).toBe(2018);
    expect(settings.get("Khối")).toBe("Khối 17 — Các cơ quan ngành dọc Trung ương trên địa bàn tỉnh Kiên Giang");
  });

  it("writes every default setting out", () => {
    expect(settings.get("Điểm mỗi chỉ tiêu")).toBe(DEFAULT_SETTINGS.pointsPerTarget);
    expect(settings.get("Thưởng tối đa mỗi chỉ tiêu")).toBe(DEFAULT_SETTINGS.bonusCapPerTarget);
    expect(settings.get("Hệ số thưởng")).toBe(DEFAULT_SETTINGS.bonusSlope);
    expect(settings.get("Cách tính chỉ tiêu giảm")).toBe("Nghịch đảo");
    expect(settings.get("Điểm cộng CCHC")).toBe(DEFAULT_SETTINGS.cchcBonus);
    expect(settings.get("Điểm cộng xếp loại ngành")).toBe(DEFAULT_SETTINGS.sectorBonus);
    expect(settings.get("Ngưỡng xuất sắc")).toBe(DEFAULT_SETTINGS.excellentThreshold);
    expect(settings.get("Ngưỡng tốt")).toBe(DEFAULT_SETTINGS.goodThreshold);
    expect(settings.get("Ngưỡng hoàn thành")).toBe(DEFAULT_SETTINGS.passThreshold);
    expect(settings.get("Số Cờ thi đua")).toBe(DEFAULT_SETTINGS.flagCount);
    expect(settings.get("Số Bằng khen")).toBe(DEFAULT_SETTINGS.meritCount);
    expect(settings.get("Địa danh")).toBe("Kiên Giang"); // the meeting papers' date line: "Kiên Giang, ngày …"
    expect(settings.size).toBe(14);
  });
});

describe("Khối 17 sample: Đơn vị", () => {
  it("lists the ten members of the 2018 article, each once, with unique codes", () => {
    expect(members).toHaveLength(10);
    expect(new Set(memberCodes).size).toBe(10);
    for (const name of ARTICLE_MEMBERS) {
      expect(members.filter((m) => String(m["Tên đơn vị"]).includes(name))).toHaveLength(1);
    }
  });

  it("marks the Ngân hàng Nhà nước as Khối trưởng", () => {
    const leader = members.find((m) => m["Ghi chú"] === "Khối trưởng")!;
    expect(leader["Tên đơn vị"]).toMatch(/^Ngân hàng Nhà nước/);
  });

  it("gives the CCHC bonus flag to exactly the seven administrative agencies", () => {
    const eligible = members.filter((m) => m["Cộng điểm CCHC"] === "Có");
    expect(eligible).toHaveLength(7);
    expect(eligible.every((m) => m["Loại hình"] === "Hành chính")).toBe(true);
    expect(members.filter((m) => m["Loại hình"] === "Hành chính")).toHaveLength(7);
    expect(members.filter((m) => m["Cộng điểm CCHC"] === "Không").every((m) => m["Xếp loại CCHC"] === null)).toBe(true);
  });

  it("rates some eligible agencies Xuất sắc and others not", () => {
    const ratings = members.filter((m) => m["Cộng điểm CCHC"] === "Có").map((m) => m["Xếp loại CCHC"]);
    expect(ratings).toContain("Xuất sắc");
    expect(ratings.some((r) => r !== "Xuất sắc")).toBe(true);
  });

  it("rates exactly one member Tốt by its sector, an airport", () => {
    const good = members.filter((m) => m["Xếp loại ngành"] === "Tốt");
    expect(good).toHaveLength(1);
    expect(good[0]["Tên đơn vị"]).toMatch(/Cảng Hàng không/);
  });
});

describe("Khối 17 sample: Tiêu chí", () => {
  it("has 17 criteria in three sections of 6, 4 and 7", () => {
    expect(criteria).toHaveLength(17);
    const count = (section: string) => criteria.filter((c) => c["Nội dung"] === section).length;
    expect([count("I"), count("II"), count("III")]).toEqual([6, 4, 7]);
    expect(criteria.map((c) => c["Mã tiêu chí"])).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
  });

  it("scores tiêu chí 1 by 5 targets × 70 = 350 points with a bonus cap of 7", () => {
    expect(criterionOf("1")).toMatchObject({ "Cách chấm": "Chỉ tiêu", "Số chỉ tiêu": 5, "Điểm mỗi chỉ tiêu": 70, "Thưởng tối đa mỗi chỉ tiêu": 7, "Điểm chuẩn": 350 });
  });

  it("makes tiêu chí 1, 2 and 6 one alternative group, and only them", () => {
    const grouped = criteria.filter((c) => c["Nhóm thay thế"] !== null);
    expect(grouped.map((c) => c["Mã tiêu chí"])).toEqual(["1", "2", "6"]);
    expect(new Set(grouped.map((c) => c["Nhóm thay thế"]))).toEqual(new Set(["Nhóm A"]));
    for (const c of grouped) expect(c["Điểm chuẩn"]).toBe(350);
  });

  it("applies tiêu chí 2 to Cục Thống kê, 6 to the two airports and 1 to the other seven", () => {
    const nameOf = (code: string) => String(members.find((m) => m["Mã đơn vị"] === code)!["Tên đơn vị"]);
    const c1 = codesOf(criterionOf("1")["Áp dụng cho"]);
    const c2 = codesOf(criterionOf("2")["Áp dụng cho"]);
    const c6 = codesOf(criterionOf("6")["Áp dụng cho"]);
    expect(c2.map(nameOf)).toEqual([expect.stringMatching(/Thống kê/)]);
    expect(c6.map(nameOf)).toEqual([expect.stringMatching(/Rạch Giá/), expect.stringMatching(/Phú Quốc/)]);
    expect(c1).toHaveLength(7);
    expect([...c1, ...c2, ...c6].sort()).toEqual([...memberCodes].sort());
  });

  it("scores the other fourteen directly, applying to everyone", () => {
    const direct = criteria.filter((c) => c["Cách chấm"] === "Chấm điểm");
    expect(direct).toHaveLength(14);
    for (const c of direct) {
      expect(c["Áp dụng cho"]).toBeNull();
      expect(c["Điểm chuẩn"]).toEqual(expect.any(Number));
    }
  });
});

describe("Khối 17 sample: Chỉ tiêu", () => {
  const groupCriterion = (code: string) =>
    ["1", "2", "6"].find((c) => codesOf(criterionOf(c)["Áp dụng cho"]).includes(code))!;

  it("registers 5 targets per member, for the criterion of the group that applies to it, numbered 1–5", () => {
    for (const code of memberCodes) {
      const own = targets.filter((t) => t["Mã đơn vị"] === code);
      expect(own.map((t) => t["STT"])).toEqual([1, 2, 3, 4, 5]);
      expect(new Set(own.map((t) => t["Tiêu chí"]))).toEqual(new Set([groupCriterion(code)]));
    }
    expect(targets).toHaveLength(50);
  });

  it("uses every direction and realistic units", () => {
    expect(new Set(targets.map((t) => t["Chiều"]))).toEqual(new Set(["Tăng", "Giảm", "Bằng 0", "Đạt"]));
    const units = new Set(targets.map((t) => t["ĐVT"]));
    for (const unit of ["tỷ đồng", "%", "hồ sơ", "vụ"]) expect(units).toContain(unit);
  });

  it("has a positive plan on every Tăng and Giảm target and plan 0 on every Bằng 0 target", () => {
    for (const t of targets) {
      if (t["Chiều"] === "Tăng" || t["Chiều"] === "Giảm") expect(t["Kế hoạch"]).toBeGreaterThan(0);
      if (t["Chiều"] === "Bằng 0") expect(t["Kế hoạch"]).toBe(0);
      expect(t["Thực hiện"]).not.toBeNull();
      expect(String(t["Tên chỉ tiêu"]).length).toBeGreaterThan(10);
    }
  });
});

describe("Khối 17 sample: Chấm điểm", () => {
  const direct = criteria.filter((c) => c["Cách chấm"] === "Chấm điểm");

  it("scores every directly scored criterion once per member, within its standard points", () => {
    expect(scores).toHaveLength(memberCodes.length * direct.length);
    for (const code of memberCodes) {
      expect(scores.filter((s) => s["Mã đơn vị"] === code).map((s) => s["Tiêu chí"])).toEqual(direct.map((c) => c["Mã tiêu chí"]));
    }
    for (const s of scores) {
      const max = criterionOf(String(s["Tiêu chí"]))["Điểm chuẩn"] as number;
      for (const column of ["Điểm tự chấm", "Điểm khối chấm", "Điểm thống nhất"]) {
        const value = s[column];
        if (value !== null) expect(value).toBeGreaterThanOrEqual(0);
        if (value !== null) expect(value).toBeLessThanOrEqual(max);
      }
    }
  });

  it("shows a few disagreements, resolved by an agreed score or the khối's score, each explained", () => {
    const disputed = scores.filter((s) => s["Điểm tự chấm"] !== s["Điểm khối chấm"]);
    expect(disputed.length).toBeGreaterThanOrEqual(3);
    expect(disputed.length).toBeLessThanOrEqual(8);
    expect(disputed.some((s) => s["Điểm thống nhất"] !== null && s["Điểm thống nhất"] !== s["Điểm khối chấm"])).toBe(true);
    expect(disputed.some((s) => s["Điểm thống nhất"] === null)).toBe(true);
    for (const s of disputed) expect(s["Nhận xét"]).toEqual(expect.any(String));
  });
});

describe("Khối 17 sample: Cộng trừ and Vi phạm", () => {
  it("has a few deductions and one bonus line, for known members", () => {
    const lines = sampleTable("Cộng trừ");
    expect(lines.filter((l) => l["Loại"] === "Trừ").length).toBeGreaterThanOrEqual(2);
    expect(lines.filter((l) => l["Loại"] === "Cộng")).toHaveLength(1);
    for (const l of lines) expect(memberCodes).toContain(l["Mã đơn vị"]);
  });

  it("excludes one member from the Cờ thi đua only", () => {
    const violations = sampleTable("Vi phạm");
    expect(violations).toEqual([expect.objectContaining({ "Hình thức": "Không xét Cờ" })]);
    expect(memberCodes).toContain(violations[0]["Mã đơn vị"]);
  });

  it("keeps the Vi phạm header even when a khối has no violation", () => {
    expect(sampleSheet("Vi phạm").rows[1]).toEqual(["Mã đơn vị", "Nội dung", "Hình thức"]);
  });
});
