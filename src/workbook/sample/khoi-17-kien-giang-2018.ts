import { DEFAULT_SETTINGS } from "../../scoring/settings";
import { ALTERNATIVE_GROUP, BONUS_CAP_PER_TARGET, DIRECT_CRITERIA, KHOI_17_CRITERIA, POINTS_PER_TARGET, TARGETS_PER_MEMBER } from "./khoi-17-criteria";
import { KHOI_17_MEMBERS } from "./khoi-17-members";
import { KHOI_17_ADJUSTMENTS, KHOI_17_DIRECT_SCORES, KHOI_17_DISAGREEMENTS, KHOI_17_VIOLATIONS } from "./khoi-17-scores";
import { KHOI_17_TARGETS } from "./khoi-17-targets";
import { noteAboveHeader, type SampleSheet } from "./sample-sheet";

export type { SampleSheet } from "./sample-sheet";

export const KHOI_17_BLOC = "Khối 17 — Các cơ quan ngành dọc Trung ương trên địa bàn tỉnh Kiên Giang";
export const KHOI_17_YEAR = 2018;

const yesNo = (value: boolean): string => (value ? "Có" : "Không");

/** Every setting written out with its default, so the officer sees what can be changed. */
function settingsSheet(): SampleSheet {
  const decrease = DEFAULT_SETTINGS.decreaseMethod === "inverse" ? "Nghịch đảo" : "Tuyến tính";
  return noteAboveHeader(
    "Cấu hình",
    ["Tham số", "Giá trị", "Ghi chú"],
    [
      ["Năm", KHOI_17_YEAR, null],
      ["Khối", KHOI_17_BLOC, "Khối trưởng: Ngân hàng Nhà nước chi nhánh tỉnh Kiên Giang"],
      ["Địa danh", "Kiên Giang", "Nơi ký các văn bản trình cuộc họp khối (dòng ngày tháng)"],
      ["Điểm mỗi chỉ tiêu", DEFAULT_SETTINGS.pointsPerTarget, "Quyết định 584/QĐ-UBND ngày 15/3/2018"],
      ["Thưởng tối đa mỗi chỉ tiêu", DEFAULT_SETTINGS.bonusCapPerTarget, null],
      ["Hệ số thưởng", DEFAULT_SETTINGS.bonusSlope, "Điểm thưởng = điểm mỗi chỉ tiêu × hệ số × phần vượt kế hoạch"],
      ["Cách tính chỉ tiêu giảm", decrease, "Nghịch đảo: kế hoạch / thực hiện; Tuyến tính: 2 − thực hiện / kế hoạch"],
      ["Điểm cộng CCHC", DEFAULT_SETTINGS.cchcBonus, "Cho đơn vị hành chính xếp loại CCHC xuất sắc"],
      ["Điểm cộng xếp loại ngành", DEFAULT_SETTINGS.sectorBonus, "Cho đơn vị được ngành xếp loại tốt"],
      ["Ngưỡng xuất sắc", DEFAULT_SETTINGS.excellentThreshold, "% tổng điểm chuẩn"],
      ["Ngưỡng tốt", DEFAULT_SETTINGS.goodThreshold, null],
      ["Ngưỡng hoàn thành", DEFAULT_SETTINGS.passThreshold, null],
      ["Số Cờ thi đua", DEFAULT_SETTINGS.flagCount, null],
      ["Số Bằng khen", DEFAULT_SETTINGS.meritCount, null],
    ],
    [30, 70, 60],
  );
}

function membersSheet(): SampleSheet {
  return noteAboveHeader(
    "Đơn vị",
    ["Mã đơn vị", "Tên đơn vị", "Loại hình", "Cộng điểm CCHC", "Xếp loại CCHC", "Xếp loại ngành", "Tham gia", "Ghi chú"],
    KHOI_17_MEMBERS.map((m) => [m.code, m.name, m.type, yesNo(m.cchcEligible), m.cchcRating, m.sectorRating, "Có", m.notes]),
    [12, 46, 14, 16, 15, 15, 10, 36],
  );
}

function criteriaSheet(): SampleSheet {
  return noteAboveHeader(
    "Tiêu chí",
    ["Mã tiêu chí", "Nội dung", "Tên tiêu chí", "Điểm chuẩn", "Cách chấm", "Số chỉ tiêu", "Điểm mỗi chỉ tiêu", "Thưởng tối đa mỗi chỉ tiêu", "Áp dụng cho", "Nhóm thay thế"],
    KHOI_17_CRITERIA.map((c) =>
      c.byTargets
        ? [c.code, c.section, c.name, c.standardPoints, "Chỉ tiêu", TARGETS_PER_MEMBER, POINTS_PER_TARGET, BONUS_CAP_PER_TARGET, c.appliesTo ? c.appliesTo.join(", ") : null, ALTERNATIVE_GROUP]
        : [c.code, c.section, c.name, c.standardPoints, "Chấm điểm", null, null, null, null, null],
    ),
    [12, 10, 52, 10, 12, 10, 12, 14, 30, 12],
  );
}

/** The Nhóm A criterion whose Áp dụng cho names the member: the one its targets count for. */
function targetCriterion(memberCode: string): string {
  const criterion = KHOI_17_CRITERIA.find((c) => c.byTargets && c.appliesTo?.includes(memberCode));
  if (!criterion) throw new Error(`no Nhóm A criterion applies to ${memberCode}`);
  return criterion.code;
}

function targetsSheet(): SampleSheet {
  const numbered = new Map<string, number>();
  const rows = KHOI_17_TARGETS.map(([memberCode, name, unit, direction, plan, actual, notes]) => {
    const no = (numbered.get(memberCode) ?? 0) + 1;
    numbered.set(memberCode, no);
    const [planCell, actualCell] = direction === "Đạt" ? ["Đạt", actual === 1 ? "Đạt" : "Không đạt"] : [plan, actual];
    return [memberCode, targetCriterion(memberCode), no, name, unit || null, direction, planCell, actualCell, notes || null];
  });
  return noteAboveHeader(
    "Chỉ tiêu",
    ["Mã đơn vị", "Tiêu chí", "STT", "Tên chỉ tiêu", "ĐVT", "Chiều", "Kế hoạch", "Thực hiện", "Ghi chú"],
    rows,
    [12, 10, 6, 52, 12, 10, 12, 12, 36],
  );
}

function scoresSheet(): SampleSheet {
  const rows = KHOI_17_MEMBERS.flatMap((m) =>
    DIRECT_CRITERIA.map((c, i) => {
      const score = KHOI_17_DIRECT_SCORES[m.code][i];
      const disagreement = KHOI_17_DISAGREEMENTS.find((d) => d.memberCode === m.code && d.criterion === c.code);
      if (!disagreement) return [m.code, c.code, score, score, null, null];
      return [m.code, c.code, disagreement.self, disagreement.verified, disagreement.agreed, disagreement.comment];
    }),
  );
  return noteAboveHeader(
    "Chấm điểm",
    ["Mã đơn vị", "Tiêu chí", "Điểm tự chấm", "Điểm khối chấm", "Điểm thống nhất", "Nhận xét"],
    rows,
    [12, 10, 12, 12, 12, 40],
  );
}

function adjustmentsSheet(): SampleSheet {
  return noteAboveHeader(
    "Cộng trừ",
    ["Mã đơn vị", "Loại", "Lý do", "Số lần", "Điểm mỗi lần", "Căn cứ"],
    KHOI_17_ADJUSTMENTS.map((a) => [a.memberCode, a.kind, a.reason, a.count, a.pointsEach, a.basis]),
    [12, 8, 70, 8, 14, 36],
  );
}

function violationsSheet(): SampleSheet {
  return noteAboveHeader(
    "Vi phạm",
    ["Mã đơn vị", "Nội dung", "Hình thức"],
    KHOI_17_VIOLATIONS.map((v) => [v.memberCode, v.description, v.effect]),
    [12, 60, 22],
  );
}

/**
 * The Khối 17, Kiên Giang, 2018 sample: the contract's input sheets in the order an officer keeps them.
 * The members and the structure (3 nội dung, 17 tiêu chí, 5 × 70 points) are real; every figure is invented,
 * as the note row above each header says. Pure data, so the add-in can insert it without ExcelJS.
 */
export const KHOI_17_SAMPLE: SampleSheet[] = [
  settingsSheet(),
  membersSheet(),
  criteriaSheet(),
  targetsSheet(),
  scoresSheet(),
  adjustmentsSheet(),
  violationsSheet(),
];
