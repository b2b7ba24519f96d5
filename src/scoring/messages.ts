import { formatInput, formatNumber } from "./number-display";
import { DIRECTION_LABEL } from "./labels";
import { messageWords } from "./vocabulary/message-words";
import type { Direction, Issue, IssueCode, Lang, Localized, Severity } from "./types";

/**
 * Builders of the scoring core's issues. Each message says what is wrong, for whom, and what to do;
 * the sheet and cell travel in the issue itself. Numbers use each language's separators.
 */

function make(severity: Severity, sheet: string, cell: string, code: IssueCode, message: Localized): Issue {
  return { severity, sheet, cell, code, message };
}

const n = (value: number, lang: Lang) => formatInput(value, lang);
const pts = (value: number, lang: Lang) => formatNumber(value, lang, 2);

export function noMembers(sheet: string): Issue {
  return make("error", sheet, "", "no-members", {
    vi: `Trang '${sheet}' không có đơn vị nào: không có gì để xếp hạng. Nhập mỗi đơn vị thành viên một dòng (Mã đơn vị, Tên đơn vị).`,
    en: `Sheet '${sheet}' lists no member: there is nothing to rank. Enter one row per member unit (Code, Name).`,
  });
}

export function memberUnknown(sheet: string, cell: string, code: string, membersSheet: string): Issue {
  return make("error", sheet, cell, "member-unknown", {
    vi: `Mã đơn vị '${code}' không có trong trang '${membersSheet}'. Sửa mã cho đúng hoặc thêm đơn vị này vào trang '${membersSheet}'.`,
    en: `Member code '${code}' is not in sheet '${membersSheet}'. Correct the code or add this member to sheet '${membersSheet}'.`,
  });
}

export function criterionUnknown(sheet: string, cell: string, criterionCode: string, member: string, criteriaSheet: string | null): Issue {
  const whereVi = criteriaSheet ? `trang '${criteriaSheet}'` : "danh sách tiêu chí (không có trang Tiêu chí: chỉ có tiêu chí 1)";
  const whereEn = criteriaSheet ? `sheet '${criteriaSheet}'` : "the criteria (no Criteria sheet: only criterion 1 exists)";
  return make("error", sheet, cell, "criterion-unknown", {
    vi: `Tiêu chí '${criterionCode}' của ${member} không có trong ${whereVi}. Sửa mã tiêu chí hoặc thêm tiêu chí này.`,
    en: `Criterion '${criterionCode}' of ${member} is not in ${whereEn}. Correct the criterion code or add the criterion.`,
  });
}

export function criterionNotApplicable(sheet: string, cell: string, member: string, criterionCode: string): Issue {
  return make("warning", sheet, cell, "criterion-not-applicable", {
    vi: `Tiêu chí ${criterionCode} không áp dụng cho ${member} (cột Áp dụng cho): dòng này không được tính. Xóa dòng hoặc thêm mã đơn vị vào cột Áp dụng cho của tiêu chí.`,
    en: `Criterion ${criterionCode} does not apply to ${member} (Applies to column): this row is ignored. Delete the row or add the member code to the criterion's Applies to column.`,
  });
}

export function methodMismatch(sheet: string, cell: string, member: string, criterionCode: string, criterionIsDirect: boolean): Issue {
  return make("warning", sheet, cell, "criterion-not-applicable", criterionIsDirect
    ? {
        vi: `Tiêu chí ${criterionCode} được chấm điểm trực tiếp, không chấm theo chỉ tiêu: chỉ tiêu này của ${member} không được tính. Nhập điểm ở trang Chấm điểm hoặc đổi Cách chấm của tiêu chí thành Chỉ tiêu.`,
        en: `Criterion ${criterionCode} is scored directly, not by targets: this target of ${member} is ignored. Enter the score in the Scores sheet or change the criterion's Method to Targets.`,
      }
    : {
        vi: `Tiêu chí ${criterionCode} được chấm theo chỉ tiêu: điểm chấm trực tiếp của ${member} không được tính. Nhập các chỉ tiêu ở trang Chỉ tiêu hoặc đổi Cách chấm của tiêu chí thành Chấm điểm.`,
        en: `Criterion ${criterionCode} is scored by targets: this direct score of ${member} is ignored. Enter the targets in the Targets sheet or change the criterion's Method to Direct score.`,
      });
}

export function planZero(sheet: string, cell: string, member: string, target: string, direction: Direction): Issue {
  const d = DIRECTION_LABEL[direction];
  return make("error", sheet, cell, "plan-zero", {
    vi: `Kế hoạch bằng 0 ở chỉ tiêu ${d.vi} '${target}' của ${member}: không tính được tỷ lệ hoàn thành. Nhập kế hoạch đã đăng ký (> 0) hoặc đổi chiều chỉ tiêu.`,
    en: `The plan is 0 on the ${d.en} target '${target}' of ${member}: the completion ratio cannot be computed. Enter the registered plan (> 0) or change the target's direction.`,
  });
}

export function ratioAbsurd(sheet: string, cell: string, member: string, target: string, ratio: number): Issue {
  return make("warning", sheet, cell, "ratio-absurd", {
    vi: `Tỷ lệ hoàn thành ${formatNumber(ratio * 100, "vi", 1)} % ở chỉ tiêu '${target}' của ${member} bất thường: có thể kế hoạch và thực hiện khác đơn vị tính (tỷ / triệu đồng) hoặc đã nhập tỷ lệ thay cho số thực hiện. Kiểm tra lại; điểm vẫn được tính theo số đã nhập.`,
    en: `Completion ratio ${formatNumber(ratio * 100, "en", 1)}% on target '${target}' of ${member} is implausible: plan and actual may use different units (billion / million dong) or the ratio was typed instead of the actual. Check it; points are computed from the values as entered.`,
  });
}

export function targetsMissing(sheet: string, cell: string, member: string, criterionCode: string, have: number, need: number): Issue {
  return make("warning", sheet, cell, "targets-missing", {
    vi: `${member} có ${have}/${need} chỉ tiêu ở tiêu chí ${criterionCode}: ${need - have} chỉ tiêu thiếu được tính 0 điểm. Bổ sung chỉ tiêu đã đăng ký ở trang Chỉ tiêu.`,
    en: `${member} has ${have}/${need} targets in criterion ${criterionCode}: the ${need - have} missing score 0. Add the registered targets in the Targets sheet.`,
  });
}

export function targetsTooMany(sheet: string, cell: string, member: string, criterionCode: string, have: number, need: number): Issue {
  return make("error", sheet, cell, "targets-too-many", {
    vi: `${member} có ${have} chỉ tiêu ở tiêu chí ${criterionCode}, nhiều hơn ${need} chỉ tiêu quy định. Giữ lại đúng ${need} chỉ tiêu đã đăng ký (từ dòng này trở đi là thừa) hoặc sửa Số chỉ tiêu của tiêu chí.`,
    en: `${member} has ${have} targets in criterion ${criterionCode}, more than the ${need} required. Keep exactly the ${need} registered targets (this row and the following are extra) or change the criterion's Targets count.`,
  });
}

export function alternativeMultiple(sheet: string, cell: string, member: string, group: string, codes: string[]): Issue {
  return make("error", sheet, cell, "alternative-multiple", {
    vi: `${member} có số liệu cho cả các tiêu chí ${codes.join(", ")} thuộc nhóm thay thế '${group}', trong khi mỗi đơn vị chỉ thực hiện một tiêu chí của nhóm. Xóa số liệu của tiêu chí không thực hiện.`,
    en: `${member} has data for criteria ${codes.join(", ")} of alternative group '${group}', but each member does only one criterion of a group. Delete the data of the criterion it does not do.`,
  });
}

export function alternativeNone(sheet: string, cell: string, member: string, group: string, codes: string[]): Issue {
  return make("warning", sheet, cell, "alternative-none", {
    vi: `${member} chưa có số liệu cho tiêu chí nào của nhóm thay thế '${group}' (${codes.join(", ")}): nhóm được tính 0 điểm. Nhập chỉ tiêu hoặc điểm của tiêu chí đơn vị thực hiện.`,
    en: `${member} has no data for any criterion of alternative group '${group}' (${codes.join(", ")}): the group scores 0. Enter the targets or score of the criterion the member does.`,
  });
}

export function scoreMissing(sheet: string, cell: string, member: string, criterionCode: string, scoresSheet: string | null): Issue {
  const whereVi = scoresSheet ? `trang '${scoresSheet}'` : "trang Chấm điểm";
  const whereEn = scoresSheet ? `sheet '${scoresSheet}'` : "a Scores sheet";
  return make("warning", sheet, cell, "score-missing", {
    vi: `${member} chưa có điểm cho tiêu chí ${criterionCode} (chấm điểm trực tiếp): tạm tính 0 điểm. Thêm một dòng ở ${whereVi}.`,
    en: `${member} has no score for criterion ${criterionCode} (scored directly): it counts 0 for now. Add a row in ${whereEn}.`,
  });
}

export function scoreOutOfRange(sheet: string, cell: string, member: string, criterionCode: string, which: Localized, value: number, standard: number, used: boolean): Issue {
  return make(used ? "error" : "warning", sheet, cell, "score-out-of-range", {
    vi: `${which.vi} ${n(value, "vi")} của ${member} ở tiêu chí ${criterionCode} nằm ngoài khoảng 0 … ${n(standard, "vi")} (điểm chuẩn).${used ? " Đây là điểm được dùng: sửa lại cho đúng." : " Điểm này không được dùng, nhưng nên sửa lại."}`,
    en: `${which.en} ${n(value, "en")} of ${member} in criterion ${criterionCode} is outside 0 … ${n(standard, "en")} (standard points).${used ? " This is the score used: correct it." : " This score is not used, but should be corrected."}`,
  });
}

export function selfScoreDiffers(sheet: string, cell: string, member: string, target: string, self: number, computed: number): Issue {
  return make("warning", sheet, cell, "self-score-differs", {
    vi: `Điểm tự chấm ${n(self, "vi")} của ${member} ở chỉ tiêu '${target}' khác điểm tính được ${pts(computed, "vi")}: chương trình dùng điểm tính được. Kiểm tra kế hoạch, thực hiện và chiều chỉ tiêu.`,
    en: `Self-score ${n(self, "en")} of ${member} on target '${target}' differs from the computed ${pts(computed, "en")}: the computed points are used. Check the plan, actual and direction.`,
  });
}

export function adjustmentDuplicate(sheet: string, cell: string, member: string, reason: string, firstRow: number): Issue {
  return make("warning", sheet, cell, "deduction-duplicate", {
    vi: `Dòng cộng/trừ '${reason}' của ${member} trùng với dòng ${firstRow}: cả hai dòng đều được tính. Nếu nhập hai lần do nhầm, xóa một dòng.`,
    en: `Bonus/deduction line '${reason}' of ${member} repeats row ${firstRow}: both lines count. If it was entered twice by mistake, delete one.`,
  });
}

export function maximaDiffer(sheet: string, maxima: number[]): Issue {
  const list = (lang: Lang) => maxima.map((m) => pts(m, lang)).join(messageWords(lang).numberListSeparator);
  return make("warning", sheet, "", "maxima-differ", {
    vi: `Điểm tối đa của các đơn vị khác nhau (${list("vi")}): xếp hạng theo tỷ lệ % của điểm tối đa. Kiểm tra cột Áp dụng cho và Nhóm thay thế nếu điều này không đúng.`,
    en: `Members have different maximum points (${list("en")}): they are ranked by percent of their maximum. Check the Applies to and Alternative group columns if this is not intended.`,
  });
}

export function tieNeedsVote(sheet: string, cell: string, member: string, rank: number, others: string[]): Issue {
  return make("warning", sheet, cell, "tie-needs-vote", {
    vi: `${member} đồng hạng ${rank} với ${others.join(", ")}: bằng tỷ lệ %, điểm Nội dung I, điểm gốc và điểm trừ. Khối bình xét, biểu quyết thứ tự.`,
    en: `${member} ties at rank ${rank} with ${others.join(", ")}: same percent, Section I points, base points and deductions. The bloc decides the order by vote.`,
  });
}

export function cchcRatingIgnored(sheet: string, cell: string, member: string): Issue {
  return make("warning", sheet, cell, "cchc-rating-ignored", {
    vi: `${member} xếp loại CCHC Xuất sắc nhưng không được đánh dấu Cộng điểm CCHC: không cộng điểm. Nếu đơn vị thuộc diện được cộng, nhập Có ở cột Cộng điểm CCHC.`,
    en: `${member} is rated Excellent in administrative reform but not marked CCHC bonus eligible: no bonus is added. If it is eligible, enter Yes in the CCHC bonus eligible column.`,
  });
}
