/**
 * The scoring core's issue messages (scoring/messages.ts), in Vietnamese: the reference table for
 * issues-en.ts. Each says what is wrong, for whom, and what to do. Numbers arrive already written in the
 * language (its separators); `where` parts arrive as built by the caller.
 */
export const issuesVi = {
  noMembers: (p: { sheet: string }) =>
    `Trang '${p.sheet}' không có đơn vị nào: không có gì để xếp hạng. Nhập mỗi đơn vị thành viên một dòng (Mã đơn vị, Tên đơn vị).`,
  memberUnknown: (p: { code: string; membersSheet: string }) =>
    `Mã đơn vị '${p.code}' không có trong trang '${p.membersSheet}'. Sửa mã cho đúng hoặc thêm đơn vị này vào trang '${p.membersSheet}'.`,
  criteriaSheetNamed: (p: { sheet: string }) => `trang '${p.sheet}'`,
  criteriaSheetNone: "danh sách tiêu chí (không có trang Tiêu chí: chỉ có tiêu chí 1)",
  criterionUnknown: (p: { criterion: string; member: string; where: string }) =>
    `Tiêu chí '${p.criterion}' của ${p.member} không có trong ${p.where}. Sửa mã tiêu chí hoặc thêm tiêu chí này.`,
  criterionNotApplicable: (p: { criterion: string; member: string }) =>
    `Tiêu chí ${p.criterion} không áp dụng cho ${p.member} (cột Áp dụng cho): dòng này không được tính. Xóa dòng hoặc thêm mã đơn vị vào cột Áp dụng cho của tiêu chí.`,
  scoredDirectly: (p: { criterion: string; member: string }) =>
    `Tiêu chí ${p.criterion} được chấm điểm trực tiếp, không chấm theo chỉ tiêu: chỉ tiêu này của ${p.member} không được tính. Nhập điểm ở trang Chấm điểm hoặc đổi Cách chấm của tiêu chí thành Chỉ tiêu.`,
  scoredByTargets: (p: { criterion: string; member: string }) =>
    `Tiêu chí ${p.criterion} được chấm theo chỉ tiêu: điểm chấm trực tiếp của ${p.member} không được tính. Nhập các chỉ tiêu ở trang Chỉ tiêu hoặc đổi Cách chấm của tiêu chí thành Chấm điểm.`,
  planZero: (p: { direction: string; target: string; member: string }) =>
    `Kế hoạch bằng 0 ở chỉ tiêu ${p.direction} '${p.target}' của ${p.member}: không tính được tỷ lệ hoàn thành. Nhập kế hoạch đã đăng ký (> 0) hoặc đổi chiều chỉ tiêu.`,
  ratioAbsurd: (p: { ratio: string; target: string; member: string }) =>
    `Tỷ lệ hoàn thành ${p.ratio} % ở chỉ tiêu '${p.target}' của ${p.member} bất thường: có thể kế hoạch và thực hiện khác đơn vị tính (tỷ / triệu đồng) hoặc đã nhập tỷ lệ thay cho số thực hiện. Kiểm tra lại; điểm vẫn được tính theo số đã nhập.`,
  targetsMissing: (p: { member: string; have: number; need: number; criterion: string; missing: number }) =>
    `${p.member} có ${p.have}/${p.need} chỉ tiêu ở tiêu chí ${p.criterion}: ${p.missing} chỉ tiêu thiếu được tính 0 điểm. Bổ sung chỉ tiêu đã đăng ký ở trang Chỉ tiêu.`,
  targetsTooMany: (p: { member: string; have: number; need: number; criterion: string }) =>
    `${p.member} có ${p.have} chỉ tiêu ở tiêu chí ${p.criterion}, nhiều hơn ${p.need} chỉ tiêu quy định. Giữ lại đúng ${p.need} chỉ tiêu đã đăng ký (từ dòng này trở đi là thừa) hoặc sửa Số chỉ tiêu của tiêu chí.`,
  alternativeMultiple: (p: { member: string; codes: string; group: string }) =>
    `${p.member} có số liệu cho cả các tiêu chí ${p.codes} thuộc nhóm thay thế '${p.group}', trong khi mỗi đơn vị chỉ thực hiện một tiêu chí của nhóm. Xóa số liệu của tiêu chí không thực hiện.`,
  alternativeNone: (p: { member: string; codes: string; group: string }) =>
    `${p.member} chưa có số liệu cho tiêu chí nào của nhóm thay thế '${p.group}' (${p.codes}): nhóm được tính 0 điểm. Nhập chỉ tiêu hoặc điểm của tiêu chí đơn vị thực hiện.`,
  scoresSheetNamed: (p: { sheet: string }) => `trang '${p.sheet}'`,
  scoresSheetNone: "trang Chấm điểm",
  scoreMissing: (p: { member: string; criterion: string; where: string }) =>
    `${p.member} chưa có điểm cho tiêu chí ${p.criterion} (chấm điểm trực tiếp): tạm tính 0 điểm. Thêm một dòng ở ${p.where}.`,
  scoreOutOfRange: (p: { which: string; value: string; member: string; criterion: string; standard: string; used: boolean }) =>
    `${p.which} ${p.value} của ${p.member} ở tiêu chí ${p.criterion} nằm ngoài khoảng 0 … ${p.standard} (điểm chuẩn).${p.used ? " Đây là điểm được dùng: sửa lại cho đúng." : " Điểm này không được dùng, nhưng nên sửa lại."}`,
  selfScoreDiffers: (p: { self: string; member: string; target: string; computed: string }) =>
    `Điểm tự chấm ${p.self} của ${p.member} ở chỉ tiêu '${p.target}' khác điểm tính được ${p.computed}: chương trình dùng điểm tính được. Kiểm tra kế hoạch, thực hiện và chiều chỉ tiêu.`,
  adjustmentDuplicate: (p: { reason: string; member: string; firstRow: number }) =>
    `Dòng cộng/trừ '${p.reason}' của ${p.member} trùng với dòng ${p.firstRow}: cả hai dòng đều được tính. Nếu nhập hai lần do nhầm, xóa một dòng.`,
  maximaDiffer: (p: { maxima: string }) =>
    `Điểm tối đa của các đơn vị khác nhau (${p.maxima}): xếp hạng theo tỷ lệ % của điểm tối đa. Kiểm tra cột Áp dụng cho và Nhóm thay thế nếu điều này không đúng.`,
  tieNeedsVote: (p: { member: string; rank: number; others: string }) =>
    `${p.member} đồng hạng ${p.rank} với ${p.others}: bằng tỷ lệ %, điểm Nội dung I, điểm gốc và điểm trừ. Khối bình xét, biểu quyết thứ tự.`,
  cchcRatingIgnored: (p: { member: string }) =>
    `${p.member} xếp loại CCHC Xuất sắc nhưng không được đánh dấu Cộng điểm CCHC: không cộng điểm. Nếu đơn vị thuộc diện được cộng, nhập Có ở cột Cộng điểm CCHC.`,
};
