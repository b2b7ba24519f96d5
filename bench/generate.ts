/**
 * Deterministic, realistic input workbooks of any size for the benchmarks: the same arguments always give
 * the same sheets, so figures from two machines or two commits measure the same work.
 */
import type { CellValue, WorkbookGrid } from "../src/workbook/grid";
import type { InputCell, InputSheetSpec } from "../scripts/input-workbook";
import { buildInputWorkbook } from "../scripts/input-workbook";

const POINTS_PER_TARGET = 70;
const DIRECT_CRITERIA = [
  { code: "2", section: "II", name: "Tham gia các hoạt động chung của Khối", points: 20 },
  { code: "3", section: "II", name: "Thực hiện chế độ thông tin, báo cáo", points: 10 },
  { code: "4", section: "III", name: "Xây dựng tổ chức Đảng, đoàn thể vững mạnh", points: 20 },
];
const AGENCIES = ["Chi cục Thuế", "Kho bạc Nhà nước", "Bảo hiểm Xã hội", "Chi cục Thống kê", "Chi cục Thi hành án dân sự", "Phòng Giao dịch Ngân hàng Chính sách xã hội"];
const PLACES = ["Rạch Giá", "Hà Tiên", "Phú Quốc", "Kiên Lương", "Hòn Đất", "Tân Hiệp", "Châu Thành", "Giồng Riềng", "Gò Quao", "An Biên", "An Minh", "Vĩnh Thuận", "U Minh Thượng", "Giang Thành", "Kiên Hải"];
const TARGET_KINDS: { name: string; unit: string; direction: "Tăng" | "Giảm" | "Bằng 0" | "Đạt"; plan: [number, number]; decimals: number }[] = [
  { name: "Thu ngân sách nhà nước", unit: "tỷ đồng", direction: "Tăng", plan: [50, 5000], decimals: 1 },
  { name: "Tỷ lệ hồ sơ giải quyết đúng hạn", unit: "%", direction: "Tăng", plan: [90, 100], decimals: 2 },
  { name: "Số người tham gia", unit: "người", direction: "Tăng", plan: [1000, 90000], decimals: 0 },
  { name: "Tỷ lệ giải ngân vốn đầu tư công", unit: "%", direction: "Tăng", plan: [80, 100], decimals: 2 },
  { name: "Tỷ lệ nợ đọng", unit: "%", direction: "Giảm", plan: [1, 6], decimals: 2 },
  { name: "Hồ sơ giải quyết quá hạn", unit: "hồ sơ", direction: "Giảm", plan: [20, 60], decimals: 0 },
  { name: "Số vụ vi phạm nghiêm trọng", unit: "vụ", direction: "Bằng 0", plan: [0, 0], decimals: 0 },
  { name: "Hoàn thành kế hoạch chuyển đổi số", unit: "", direction: "Đạt", plan: [0, 0], decimals: 0 },
];
// Weighted so that most targets are Tăng, as in real covenants.
const KIND_WEIGHTS = [4, 3, 3, 2, 2, 1, 1, 1];

/** mulberry32: tiny, fast, and the same sequence on every platform. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

export function memberCode(index: number): string {
  return "DV" + String(index + 1).padStart(3, "0");
}

export interface GeneratedBloc {
  sheets: InputSheetSpec[];
  /** Rows of data (header excluded) per sheet name, for reporting the size. */
  counts: Record<string, number>;
}

/**
 * A bloc of `members` units, each with `targetsPerMember` targets on criterion 1 (Nội dung I, scored by
 * targets) plus three directly scored criteria, a few bonus/deduction lines and one violation.
 */
export function generateBloc(members: number, targetsPerMember: number, seed = 2018): GeneratedBloc {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const between = (low: number, high: number) => low + (high - low) * random();
  const weightedKind = () => {
    let roll = random() * KIND_WEIGHTS.reduce((a, b) => a + b, 0);
    for (let i = 0; i < KIND_WEIGHTS.length; i++) {
      roll -= KIND_WEIGHTS[i];
      if (roll < 0) return TARGET_KINDS[i];
    }
    return TARGET_KINDS[0];
  };

  const codes = Array.from({ length: members }, (_, i) => memberCode(i));
  const memberRows: InputCell[][] = codes.map((code, i) => {
    const administrative = random() < 0.7;
    return [code, `${pick(AGENCIES)} ${pick(PLACES)} (${i + 1})`, administrative ? "Hành chính" : "Sự nghiệp", administrative ? "Có" : "Không", administrative ? pick(["Xuất sắc", "Tốt", "Khá"]) : null, random() < 0.1 ? "Tốt" : null, "Có", null];
  });

  const targetRows: InputCell[][] = [];
  for (const code of codes) {
    for (let n = 1; n <= targetsPerMember; n++) {
      const kind = weightedKind();
      const [plan, actual] = planAndActual(kind, between, random);
      targetRows.push([code, 1, n, `${kind.name} (${n})`, kind.unit || null, kind.direction, plan, actual, null]);
    }
  }

  const scoreRows: InputCell[][] = codes.flatMap((code) =>
    DIRECT_CRITERIA.map((c) => {
      const verified = Math.round(between(0.7, 1) * c.points);
      const self = random() < 0.1 ? Math.min(c.points, verified + 2) : verified;
      return [code, c.code, self, verified, null, null];
    }),
  );

  const adjustmentRows: InputCell[][] = [];
  for (const code of codes) {
    if (random() < 0.1) adjustmentRows.push([code, "Trừ", "Gửi báo cáo chậm thời hạn", 1, 2, "Quy chế Khối"]);
    if (random() < 0.03) adjustmentRows.push([code, "Cộng", "Sáng kiến được công nhận cấp tỉnh", 1, 2, "Quy chế Khối"]);
  }
  const violationRows: InputCell[][] = members > 0 ? [[codes[0], "Có cán bộ bị kỷ luật trong năm", "Không xét Cờ"]] : [];

  const standard = targetsPerMember * POINTS_PER_TARGET;
  const criteriaRows: InputCell[][] = [
    [1, "I", "Thực hiện các chỉ tiêu định lượng đã đăng ký", standard, "Chỉ tiêu", targetsPerMember, POINTS_PER_TARGET, 7, null, null],
    ...DIRECT_CRITERIA.map((c) => [c.code, c.section, c.name, c.points, "Chấm điểm", null, null, null, null, null]),
  ];

  const sheets: InputSheetSpec[] = [
    { name: "Cấu hình", rows: [["Tham số", "Giá trị"], ["Năm", 2024], ["Khối", `Khối thử nghiệm ${members} đơn vị × ${targetsPerMember} chỉ tiêu`]], columnWidths: [30, 50] },
    { name: "Đơn vị", table: true, rows: [["Mã đơn vị", "Tên đơn vị", "Loại hình", "Cộng điểm CCHC", "Xếp loại CCHC", "Xếp loại ngành", "Tham gia", "Ghi chú"], ...memberRows] },
    { name: "Tiêu chí", table: true, rows: [["Mã tiêu chí", "Nội dung", "Tên tiêu chí", "Điểm chuẩn", "Cách chấm", "Số chỉ tiêu", "Điểm mỗi chỉ tiêu", "Thưởng tối đa mỗi chỉ tiêu", "Áp dụng cho", "Nhóm thay thế"], ...criteriaRows] },
    { name: "Chỉ tiêu", table: true, rows: [["Mã đơn vị", "Tiêu chí", "STT", "Tên chỉ tiêu", "ĐVT", "Chiều", "Kế hoạch", "Thực hiện", "Ghi chú"], ...targetRows] },
    { name: "Chấm điểm", table: true, rows: [["Mã đơn vị", "Tiêu chí", "Điểm tự chấm", "Điểm khối chấm", "Điểm thống nhất", "Nhận xét"], ...scoreRows] },
    { name: "Cộng trừ", table: true, rows: [["Mã đơn vị", "Loại", "Lý do", "Số lần", "Điểm mỗi lần", "Căn cứ"], ...adjustmentRows] },
    { name: "Vi phạm", table: true, rows: [["Mã đơn vị", "Nội dung", "Hình thức"], ...violationRows] },
  ];
  const counts = Object.fromEntries(sheets.map((s) => [s.name, s.rows.length - 1]));
  return { sheets, counts };
}

function planAndActual(kind: (typeof TARGET_KINDS)[number], between: (low: number, high: number) => number, random: () => number): [InputCell, InputCell] {
  if (kind.direction === "Đạt") return ["Đạt", random() < 0.9 ? "Đạt" : "Không đạt"];
  if (kind.direction === "Bằng 0") return [0, random() < 0.9 ? 0 : 1];
  const plan = round(between(kind.plan[0], kind.plan[1]), kind.decimals);
  // Completion between 85 % and 115 %: around the bonus cap (110 %) where the arithmetic matters.
  const ratio = between(0.85, 1.15);
  const actual = kind.direction === "Tăng" ? plan * ratio : plan / ratio;
  // Percentages cannot exceed 100 %.
  const capped = kind.unit === "%" && kind.direction === "Tăng" ? Math.min(actual, 100) : actual;
  return [plan, Math.max(round(capped, kind.decimals), kind.decimals === 0 ? 1 : 0.01)];
}

/** The generated bloc as the readers get it from either adapter: plain grids typed from A1. */
export function blocGrid(members: number, targetsPerMember: number, seed = 2018): WorkbookGrid {
  return {
    sheets: generateBloc(members, targetsPerMember, seed).sheets.map((s) => ({
      name: s.name,
      rows: s.rows.map((r) => r.map((c) => c as CellValue)),
      originRow: 1,
      originCol: 1,
    })),
  };
}

/** Writes the generated bloc as an officer-style .xlsx (tables, bold headers) and returns the row counts. */
export async function writeBlocXlsx(file: string, members: number, targetsPerMember: number, seed = 2018): Promise<GeneratedBloc["counts"]> {
  const bloc = generateBloc(members, targetsPerMember, seed);
  await buildInputWorkbook(bloc.sheets).xlsx.writeFile(file);
  return bloc.counts;
}
