import type { Localized, Settings } from "../../scoring/types";

/** How a setting's value is read and checked. */
export type SettingKind = "year" | "text" | "number" | "count" | "percent" | "decreaseMethod";

export interface SettingDef {
  key: keyof Settings;
  label: Localized;
  kind: SettingKind;
  aliases: readonly string[];
}

/** Every Cấu hình setting of the contract, with the names officers and English users type. */
export const SETTING_DEFS: readonly SettingDef[] = [
  { key: "year", label: { vi: "Năm", en: "Year" }, kind: "year", aliases: ["Năm thi đua", "Năm đánh giá", "Năm xếp hạng"] },
  { key: "bloc", label: { vi: "Khối", en: "Bloc" }, kind: "text", aliases: ["Tên khối", "Khối thi đua", "Cụm thi đua", "Cụm", "Bloc name"] },
  { key: "place", label: { vi: "Địa danh", en: "Place" }, kind: "text", aliases: ["Nơi ban hành", "Địa điểm", "Tỉnh", "Place name", "Location"] },
  { key: "pointsPerTarget", label: { vi: "Điểm mỗi chỉ tiêu", en: "Points per target" }, kind: "number", aliases: ["Điểm một chỉ tiêu", "Điểm chuẩn mỗi chỉ tiêu", "Điểm chuẩn một chỉ tiêu", "B"] },
  { key: "bonusCapPerTarget", label: { vi: "Thưởng tối đa mỗi chỉ tiêu", en: "Bonus cap per target" }, kind: "number", aliases: ["Điểm thưởng tối đa mỗi chỉ tiêu", "Thưởng tối đa một chỉ tiêu", "Điểm thưởng tối đa", "Thưởng tối đa", "Bonus cap", "C"] },
  { key: "bonusSlope", label: { vi: "Hệ số thưởng", en: "Bonus slope" }, kind: "number", aliases: ["Hệ số điểm thưởng", "Bonus factor", "Bonus coefficient", "Bonus multiplier", "k"] },
  { key: "decreaseMethod", label: { vi: "Cách tính chỉ tiêu giảm", en: "Decrease method" }, kind: "decreaseMethod", aliases: ["Cách tính giảm", "Công thức chỉ tiêu giảm", "Decrease formula", "Decreasing targets", "Decrease calculation", "Decrease variant"] },
  { key: "cchcBonus", label: { vi: "Điểm cộng CCHC", en: "CCHC bonus" }, kind: "number", aliases: ["Cộng điểm CCHC", "Điểm thưởng CCHC", "CCHC bonus points"] },
  { key: "sectorBonus", label: { vi: "Điểm cộng xếp loại ngành", en: "Sector bonus" }, kind: "number", aliases: ["Điểm cộng ngành", "Cộng điểm xếp loại ngành", "Điểm thưởng xếp loại ngành", "Sector rating bonus"] },
  { key: "excellentThreshold", label: { vi: "Ngưỡng xuất sắc", en: "Excellent threshold" }, kind: "percent", aliases: ["Ngưỡng hoàn thành xuất sắc", "Ngưỡng HTXS", "Excellent"] },
  { key: "goodThreshold", label: { vi: "Ngưỡng tốt", en: "Good threshold" }, kind: "percent", aliases: ["Ngưỡng hoàn thành tốt", "Ngưỡng HTT", "Good"] },
  { key: "passThreshold", label: { vi: "Ngưỡng hoàn thành", en: "Pass threshold" }, kind: "percent", aliases: ["Ngưỡng hoàn thành nhiệm vụ", "Ngưỡng HT", "Pass", "Completion threshold", "Completed threshold"] },
  { key: "flagCount", label: { vi: "Số Cờ thi đua", en: "Flag count" }, kind: "count", aliases: ["Số cờ", "Số lượng Cờ thi đua", "Số Cờ", "Number of flags", "Flags", "Number of emulation flags", "Emulation flags", "co_count"] },
  { key: "meritCount", label: { vi: "Số Bằng khen", en: "Merit count" }, kind: "count", aliases: ["Số lượng Bằng khen", "Số BK", "Number of merits", "Number of certificates", "Merits", "Number of certificates of merit", "Certificates of merit", "Merit certificates", "bk_count"] },
];
