import type { Localized } from "../../scoring/types";

/**
 * The contract's input sheets and columns with every name officers use for them (Vietnamese,
 * English, abbreviations). Matching goes through labelKey, so case, accents, spaces, digits and
 * bracketed remarks never matter. Weak aliases ("Đơn vị" for the unit code) are used only when no
 * column carries a proper name for that field, and never count as a duplicate column.
 */
export interface ColumnSpec<F extends string = string> {
  field: F;
  /** The contract's names, used in messages. */
  label: Localized;
  aliases: readonly string[];
  weak?: readonly string[];
  required?: boolean;
  /**
   * An identifier or free-text column (codes, names, reasons, notes): every non-blank cell is its
   * text, so "X", "-" or "0" is a code or a name. The "no value" markers apply to the other columns.
   */
  text?: boolean;
}

/** The fields of a sheet whose cells are text (see ColumnSpec.text). */
export function textFields<F extends string>(spec: SheetSpec<F>): ReadonlySet<F> {
  return new Set(spec.columns.filter((column) => column.text === true).map((column) => column.field));
}

export type SheetKey = "members" | "targets" | "criteria" | "scores" | "adjustments" | "violations" | "settings";

export interface SheetSpec<F extends string = string> {
  key: SheetKey;
  label: Localized;
  aliases: readonly string[];
  columns: readonly ColumnSpec<F>[];
}

const CODE_ALIASES = ["Mã đơn vị", "Mã ĐV", "Mã", "Mã số", "Ký hiệu", "Viết tắt", "Tên viết tắt", "Code", "Unit code", "Member code", "Member"];
const CODE_WEAK = ["Đơn vị", "ĐV", "Unit"];

function code(): ColumnSpec<"code"> {
  return { field: "code", label: { vi: "Mã đơn vị", en: "Code" }, aliases: CODE_ALIASES, weak: CODE_WEAK, required: true, text: true };
}

function criterionRef(required: boolean): ColumnSpec<"criterion"> {
  return {
    field: "criterion",
    label: { vi: "Tiêu chí", en: "Criterion" },
    aliases: ["Tiêu chí", "Mã tiêu chí", "TC", "Số tiêu chí", "Criterion", "Criterion code"],
    required,
    text: true,
  };
}

export type MemberField = "code" | "name" | "type" | "cchcEligible" | "cchcRating" | "sectorRating" | "participates" | "notes";
export const MEMBERS_SHEET: SheetSpec<MemberField> = {
  key: "members",
  label: { vi: "Đơn vị", en: "Members" },
  aliases: ["Đơn vị", "Members", "Danh sách đơn vị", "DS đơn vị", "Đơn vị thành viên", "Thành viên", "Units", "Member units"],
  columns: [
    { ...code(), weak: [] },
    { field: "name", label: { vi: "Tên đơn vị", en: "Name" }, aliases: ["Tên đơn vị", "Tên ĐV", "Tên", "Tên cơ quan", "Cơ quan", "Name", "Unit name", "Member name"], weak: ["Đơn vị", "Unit"], required: true, text: true },
    { field: "type", label: { vi: "Loại hình", en: "Type" }, aliases: ["Loại hình", "Loại hình đơn vị", "Loại", "Type", "Unit type"] },
    { field: "cchcEligible", label: { vi: "Cộng điểm CCHC", en: "CCHC bonus eligible" }, aliases: ["Cộng điểm CCHC", "Được cộng điểm CCHC", "Xét CCHC", "Cộng CCHC", "CCHC bonus eligible", "CCHC eligible", "CCHC bonus"] },
    { field: "cchcRating", label: { vi: "Xếp loại CCHC", en: "CCHC rating" }, aliases: ["Xếp loại CCHC", "Xếp hạng CCHC", "Kết quả CCHC", "Chỉ số CCHC", "CCHC", "CCHC rating"] },
    { field: "sectorRating", label: { vi: "Xếp loại ngành", en: "Sector rating" }, aliases: ["Xếp loại ngành", "Xếp loại của ngành", "Ngành xếp loại", "Đánh giá ngành", "Sector rating"] },
    { field: "participates", label: { vi: "Tham gia", en: "Participates" }, aliases: ["Tham gia", "Tham gia xếp hạng", "Có tham gia", "Xét xếp hạng", "Participates", "Participating"] },
    { field: "notes", label: { vi: "Ghi chú", en: "Notes" }, aliases: ["Ghi chú", "Notes", "Note", "Remarks"], text: true },
  ],
};

export type TargetField = "code" | "criterion" | "no" | "name" | "unit" | "direction" | "plan" | "actual" | "selfScore" | "notes";
export const TARGETS_SHEET: SheetSpec<TargetField> = {
  key: "targets",
  label: { vi: "Chỉ tiêu", en: "Targets" },
  aliases: ["Chỉ tiêu", "Targets", "Chỉ tiêu đăng ký", "Đăng ký chỉ tiêu", "Kết quả chỉ tiêu", "Chỉ tiêu định lượng"],
  columns: [
    code(),
    criterionRef(false),
    { field: "no", label: { vi: "STT", en: "No." }, aliases: ["STT", "TT", "Số TT", "Số thứ tự", "No", "Number", "#"] },
    { field: "name", label: { vi: "Tên chỉ tiêu", en: "Target" }, aliases: ["Tên chỉ tiêu", "Chỉ tiêu", "Nội dung chỉ tiêu", "Chỉ tiêu đăng ký", "Target", "Target name"], required: true, text: true },
    { field: "unit", label: { vi: "ĐVT", en: "Unit of measure" }, aliases: ["ĐVT", "Đơn vị tính", "Unit of measure", "UoM", "Measure"], text: true },
    { field: "direction", label: { vi: "Chiều", en: "Direction" }, aliases: ["Chiều", "Chiều chỉ tiêu", "Hướng", "Loại chỉ tiêu", "Direction"] },
    { field: "plan", label: { vi: "Kế hoạch", en: "Plan" }, aliases: ["Kế hoạch", "KH", "Kế hoạch năm", "KH năm", "Chỉ tiêu kế hoạch", "Chỉ tiêu giao", "Chỉ tiêu đăng ký năm", "Giá trị đăng ký", "Mức đăng ký", "Đăng ký", "Plan", "Planned", "Plan value"], required: true },
    { field: "actual", label: { vi: "Thực hiện", en: "Actual" }, aliases: ["Thực hiện", "TH", "Thực hiện năm", "TH năm", "Kết quả thực hiện", "Kết quả", "Thực hiện cả năm", "Actual", "Achieved", "Actual value", "Result"], required: true },
    { field: "selfScore", label: { vi: "Điểm tự chấm", en: "Self-score" }, aliases: ["Điểm tự chấm", "Tự chấm", "Đơn vị tự chấm", "Điểm đơn vị tự chấm", "Self-score", "Self score", "Self"] },
    { field: "notes", label: { vi: "Ghi chú", en: "Notes" }, aliases: ["Ghi chú", "Notes", "Note", "Remarks"], text: true },
  ],
};

export type CriterionField = "code" | "section" | "name" | "standardPoints" | "method" | "targetCount" | "pointsPerTarget" | "bonusCapPerTarget" | "appliesTo" | "alternativeGroup";
export const CRITERIA_SHEET: SheetSpec<CriterionField> = {
  key: "criteria",
  label: { vi: "Tiêu chí", en: "Criteria" },
  aliases: ["Tiêu chí", "Criteria", "Bảng tiêu chí", "Danh sách tiêu chí", "Tiêu chí chấm điểm"],
  columns: [
    { field: "code", label: { vi: "Mã tiêu chí", en: "Code" }, aliases: ["Mã tiêu chí", "Mã TC", "Mã", "Số tiêu chí", "Code", "Criterion code"], weak: ["Tiêu chí", "TC", "STT", "Criterion"], required: true, text: true },
    { field: "section", label: { vi: "Nội dung", en: "Section" }, aliases: ["Nội dung", "ND", "Phần", "Section"], required: true },
    { field: "name", label: { vi: "Tên tiêu chí", en: "Name" }, aliases: ["Tên tiêu chí", "Nội dung tiêu chí", "Tên", "Name", "Criterion name"], text: true },
    { field: "standardPoints", label: { vi: "Điểm chuẩn", en: "Standard points" }, aliases: ["Điểm chuẩn", "Điểm tối đa", "Thang điểm", "Điểm", "Standard points", "Max points", "Points"], required: true },
    { field: "method", label: { vi: "Cách chấm", en: "Method" }, aliases: ["Cách chấm", "Cách chấm điểm", "Phương pháp chấm", "Method", "Scoring method"] },
    { field: "targetCount", label: { vi: "Số chỉ tiêu", en: "Targets count" }, aliases: ["Số chỉ tiêu", "Số lượng chỉ tiêu", "Targets count", "Target count", "Number of targets"] },
    { field: "pointsPerTarget", label: { vi: "Điểm mỗi chỉ tiêu", en: "Points per target" }, aliases: ["Điểm mỗi chỉ tiêu", "Điểm một chỉ tiêu", "Điểm chuẩn mỗi chỉ tiêu", "Points per target"] },
    { field: "bonusCapPerTarget", label: { vi: "Thưởng tối đa mỗi chỉ tiêu", en: "Bonus cap per target" }, aliases: ["Thưởng tối đa mỗi chỉ tiêu", "Điểm thưởng tối đa mỗi chỉ tiêu", "Thưởng tối đa", "Điểm thưởng tối đa", "Bonus cap per target", "Bonus cap"] },
    { field: "appliesTo", label: { vi: "Áp dụng cho", en: "Applies to" }, aliases: ["Áp dụng cho", "Áp dụng", "Đơn vị áp dụng", "Phạm vi áp dụng", "Applies to"], text: true },
    { field: "alternativeGroup", label: { vi: "Nhóm thay thế", en: "Alternative group" }, aliases: ["Nhóm thay thế", "Nhóm", "Thay thế", "Nhóm lựa chọn", "Alternative group", "Alternative", "Group"], text: true },
  ],
};

export type ScoreField = "code" | "criterion" | "self" | "verified" | "agreed" | "comment";
export const SCORES_SHEET: SheetSpec<ScoreField> = {
  key: "scores",
  label: { vi: "Chấm điểm", en: "Scores" },
  aliases: ["Chấm điểm", "Scores", "Bảng chấm điểm", "Điểm chấm", "Điểm tiêu chí"],
  columns: [
    code(),
    criterionRef(true),
    { field: "self", label: { vi: "Điểm tự chấm", en: "Self" }, aliases: ["Điểm tự chấm", "Tự chấm", "Đơn vị tự chấm", "Self", "Self-score", "Self score"] },
    { field: "verified", label: { vi: "Điểm khối chấm", en: "Verified" }, aliases: ["Điểm khối chấm", "Khối chấm", "Điểm khối thẩm định", "Khối thẩm định", "Điểm thẩm định", "Verified", "Verified score"] },
    { field: "agreed", label: { vi: "Điểm thống nhất", en: "Agreed" }, aliases: ["Điểm thống nhất", "Thống nhất", "Điểm khối thống nhất", "Điểm cuối cùng", "Agreed", "Agreed score", "Final score"] },
    { field: "comment", label: { vi: "Nhận xét", en: "Comment" }, aliases: ["Nhận xét", "Ghi chú", "Comment", "Comments", "Notes"], text: true },
  ],
};

export type AdjustmentField = "code" | "kind" | "reason" | "count" | "pointsEach" | "basis";
export const ADJUSTMENTS_SHEET: SheetSpec<AdjustmentField> = {
  key: "adjustments",
  label: { vi: "Cộng trừ", en: "Adjustments" },
  aliases: ["Cộng trừ", "Adjustments", "Cộng trừ điểm", "Điểm cộng trừ", "Cộng điểm trừ điểm", "Điểm cộng điểm trừ", "Thưởng phạt"],
  columns: [
    code(),
    { field: "kind", label: { vi: "Loại", en: "Kind" }, aliases: ["Loại", "Cộng/Trừ", "Cộng trừ", "Loại điểm", "Kind", "Type"] },
    { field: "reason", label: { vi: "Lý do", en: "Reason" }, aliases: ["Lý do", "Nội dung", "Diễn giải", "Lý do cộng trừ", "Reason", "Description"], required: true, text: true },
    { field: "count", label: { vi: "Số lần", en: "Count" }, aliases: ["Số lần", "Số lượng", "Lần", "Count", "Times"] },
    { field: "pointsEach", label: { vi: "Điểm mỗi lần", en: "Points each" }, aliases: ["Điểm mỗi lần", "Điểm một lần", "Số điểm", "Điểm", "Points each", "Points"], required: true },
    { field: "basis", label: { vi: "Căn cứ", en: "Basis" }, aliases: ["Căn cứ", "Văn bản", "Minh chứng", "Basis", "Evidence", "Reference"], text: true },
  ],
};

export type ViolationField = "code" | "description" | "effect";
export const VIOLATIONS_SHEET: SheetSpec<ViolationField> = {
  key: "violations",
  label: { vi: "Vi phạm", en: "Violations" },
  aliases: ["Vi phạm", "Violations", "Danh sách vi phạm", "Đơn vị vi phạm"],
  columns: [
    code(),
    { field: "description", label: { vi: "Nội dung", en: "Description" }, aliases: ["Nội dung", "Nội dung vi phạm", "Mô tả", "Hành vi vi phạm", "Description", "Violation"], text: true },
    { field: "effect", label: { vi: "Hình thức", en: "Effect" }, aliases: ["Hình thức", "Hình thức xử lý", "Hậu quả", "Hình thức áp dụng", "Xử lý", "Effect", "Consequence"] },
  ],
};

export type SettingField = "setting" | "value";
export const SETTINGS_SHEET: SheetSpec<SettingField> = {
  key: "settings",
  label: { vi: "Cấu hình", en: "Settings" },
  aliases: ["Cấu hình", "Settings", "Tham số", "Thiết lập", "Config", "Configuration", "Parameters"],
  columns: [
    { field: "setting", label: { vi: "Tham số", en: "Setting" }, aliases: ["Tham số", "Thông số", "Tên tham số", "Setting", "Parameter", "Name"], required: true, text: true },
    { field: "value", label: { vi: "Giá trị", en: "Value" }, aliases: ["Giá trị", "Value", "Mức", "Số"], required: true },
  ],
};
