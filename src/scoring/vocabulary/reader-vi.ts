/**
 * The workbook reader's messages (workbook/reading), in Vietnamese: the reference table for reader-en.ts.
 * Each is the part after "Trang "…", ô …: " (messages-vi.ts whereCell); column and setting names, numbers
 * and cell contents arrive already written in the language.
 */
export const readerVi = {
  sheetMissing: (p: { sheet: string; sheetEn: string; why: string; names: string }) =>
    `Không tìm thấy trang "${p.sheet}" (${p.why}). Hãy thêm trang này hoặc đổi tên trang đang có; các tên được chấp nhận: ${p.names}.`,
  whyMembers: "danh sách đơn vị của khối",
  whyTargets: "các chỉ tiêu đăng ký và kết quả thực hiện",
  columnMissing: (p: { column: string; row: number; accepted: string }) =>
    `không tìm thấy cột bắt buộc "${p.column}" trong dòng tiêu đề (dòng ${p.row}). Hãy thêm cột này; các tên được chấp nhận: ${p.accepted}.`,
  columnDuplicate: (p: { text: string; column: string; used: string }) =>
    `cột "${p.text}" trùng nghĩa với cột "${p.column}" ở ô ${p.used}; chương trình dùng cột ở ô ${p.used} và bỏ qua cột này. Hãy đổi tên hoặc xoá một cột.`,
  sheetEmpty: "có dòng tiêu đề nhưng không có dòng dữ liệu nào bên dưới. Hãy nhập dữ liệu hoặc xoá trang này nếu không dùng.",
  totalRowSkipped: (p: { row: number; label: string }) =>
    `dòng ${p.row} là dòng tổng ("${p.label}") nên được bỏ qua, không tính là một đơn vị hay chỉ tiêu. Nếu đây là dữ liệu thật, hãy nhập mã đơn vị.`,
  hiddenRow: (p: { row: number }) =>
    `dòng ${p.row} đang bị ẩn nhưng vẫn được tính. Nếu dòng này không còn dùng, hãy xoá nó; nếu ẩn nhầm, hãy bỏ ẩn để kiểm tra.`,
  formulaWithoutResult:
    "ô có công thức nhưng tệp không lưu kết quả của công thức (tệp do chương trình khác tạo và chưa mở bằng Excel), nên không biết giá trị. Hãy mở tệp bằng Excel, đợi Excel tính xong, lưu lại rồi chạy lại; hoặc nhập trực tiếp giá trị vào ô.",
  valueMissing: (p: { column: string; found: string | null }) =>
    `cột "${p.column}" ${p.found ? `chỉ có "${p.found}"` : "đang trống"}, cần có giá trị. Hãy nhập ${p.column}.`,
  valueError: (p: { column: string; error: string }) => `ô ở cột "${p.column}" chứa lỗi Excel ${p.error}. Hãy sửa công thức hoặc nhập trực tiếp giá trị.`,
  valueInvalid: (p: { shown: string; column: string; expected: string }) => `không đọc được ${p.shown} ở cột "${p.column}": cần ${p.expected}. Hãy sửa lại ô này.`,
  dateForNumber: (p: { column: string; shown: string; serial: string }) =>
    `ô ở cột "${p.column}" là ngày ${p.shown} (ô đang định dạng ngày tháng), không phải một số. Nếu đây là số ${p.serial}, hãy đổi định dạng ô sang Số (Number); nếu không, hãy nhập lại đúng số.`,
  numberAmbiguous: (p: { typed: string; column: string; value: string }) =>
    `"${p.typed}" ở cột "${p.column}" được đọc là ${p.value} (cách ghi Việt Nam). Nếu không đúng, hãy nhập lại số cho rõ.`,
  unitInCell: (p: { typed: string; column: string; value: string; unit: string }) =>
    `"${p.typed}" ở cột "${p.column}": đã đọc số ${p.value} và bỏ qua chữ "${p.unit}". Nên để đơn vị ở cột ĐVT, trong ô chỉ ghi số.`,
  valueNegative: (p: { column: string; value: string }) => `${p.column} là số âm (${p.value}). Hãy nhập số không âm.`,
  codeMissing: (p: { what: string; row: number }) => `${p.what} ở dòng ${p.row} chưa có mã đơn vị. Hãy nhập mã của đơn vị.`,
  rowDuplicate: (p: { row: number; first: number; what: string }) =>
    `dòng ${p.row} giống hệt dòng ${p.first} (${p.what}). Nếu nhập trùng, hãy xoá một dòng; nếu đúng là hai dòng khác nhau, hãy ghi rõ để phân biệt.`,
  /** What a line of Chấm điểm / Cộng trừ / Vi phạm is, in codeMissing and rowDuplicate. */
  whatAdjustment: "Dòng cộng/trừ điểm",
  whatScore: "Điểm",
  whatViolation: "Vi phạm",
  whatTarget: (p: { name: string; member: string }) => `chỉ tiêu "${p.name}" của đơn vị ${p.member}`,
  whatScoreOf: (p: { criterion: string; member: string }) => `điểm tiêu chí ${p.criterion} của đơn vị ${p.member}`,
  whatViolationOf: (p: { member: string }) => `vi phạm của đơn vị ${p.member}`,
  /** What a cell should hold, in valueInvalid and settingInvalid. */
  expect: {
    number: "một số",
    wholeNumber: "một số nguyên",
    percentage: "một tỷ lệ phần trăm như 90",
    year: "một năm như 2018",
    count: "một số nguyên không âm",
    nonNegative: "một số không âm",
    decreaseMethod: '"Nghịch đảo" hoặc "Tuyến tính"',
    section: "số La Mã hoặc số thứ tự của nội dung (I, II, III hoặc 1, 2, 3)",
    method: '"Chỉ tiêu" hoặc "Chấm điểm"',
    adjustmentKind: '"Cộng" hoặc "Trừ" (hoặc +, -)',
    yesNo: '"Có" hoặc "Không" (hoặc x, 1/0)',
    rating: '"Xuất sắc", "Tốt", "Khá", "Trung bình" hoặc để trống',
    direction: '"Tăng" (≥), "Giảm" (≤), "Bằng 0" hoặc "Đạt"',
    passFail: '"Đạt" hoặc "Không đạt" (hoặc 1/0)',
  },
  memberCodeMissing: (p: { row: number }) => `dòng ${p.row} có dữ liệu nhưng thiếu mã đơn vị. Hãy nhập mã (mỗi đơn vị một mã riêng).`,
  memberCodeDuplicate: (p: { code: string; first: string }) => `mã đơn vị "${p.code}" đã có ở dòng ${p.first}. Mỗi đơn vị chỉ một dòng: hãy xoá dòng trùng hoặc sửa mã.`,
  memberNameMissing: (p: { code: string }) => `đơn vị "${p.code}" chưa có tên. Hãy nhập tên đơn vị.`,
  targetCodeMissing: (p: { row: number }) => `chỉ tiêu ở dòng ${p.row} chưa có mã đơn vị. Hãy nhập mã của đơn vị đăng ký chỉ tiêu này.`,
  percentScaled: (p: { column: string; from: string; to: string; other: string }) =>
    `${p.column} ${p.from} được đọc là ${p.to} % cho cùng thang với ${p.other} %. Hãy nhập kế hoạch và thực hiện theo cùng một cách (ví dụ ${p.to}).`,
  deductionNegative: (p: { value: string; points: string }) =>
    `dòng Trừ ghi số âm (${p.value}): đã hiểu là trừ ${p.points} điểm. Điểm trừ nên ghi số dương.`,
  bonusNegative: (p: { value: string }) => `dòng Cộng nhưng điểm là số âm (${p.value}). Nếu là điểm trừ, hãy ghi Loại "Trừ" và số dương.`,
  appliesToUnknown: (p: { list: string }) =>
    `cột "Áp dụng cho" có mã ${p.list} không có trong trang Đơn vị. Hãy sửa cho đúng mã đơn vị (ngăn cách bằng dấu phẩy) hoặc thêm đơn vị đó vào trang Đơn vị.`,
  criterionDuplicate: (p: { code: string; first: string }) =>
    `mã tiêu chí "${p.code}" đã có ở dòng ${p.first}. Mỗi tiêu chí một dòng: hãy xoá dòng trùng hoặc sửa mã.`,
  violationWithoutEffect: (p: { row: number }) =>
    `vi phạm ở dòng ${p.row} chưa ghi Hình thức nên không ảnh hưởng xếp hạng. Nếu cần áp dụng, hãy ghi "Không xét Cờ", "Không khen thưởng" hoặc "Xếp cuối".`,
  settingsColumnMissing: (p: { column: string }) => `không tìm thấy cột "${p.column}". Hãy đặt tiêu đề hai cột là "Tham số" và "Giá trị".`,
  settingUnknown: (p: { shown: string; names: string }) => `tham số ${p.shown} không có trong danh sách. Hãy sửa tên cho đúng (${p.names}) hoặc xoá dòng này.`,
  settingTwice: (p: { setting: string }) => `tham số "${p.setting}" được nhập hai lần. Hãy giữ một dòng và xoá dòng kia.`,
  settingInvalid: (p: { shown: string; setting: string; expected: string }) =>
    `giá trị ${p.shown} của "${p.setting}" không đọc được: cần ${p.expected}. Mặc định được giữ cho đến khi sửa.`,
  settingPercentScaled: (p: { setting: string; from: string; to: string }) =>
    `"${p.setting}" ghi ${p.from} được hiểu là ${p.to} %. Nếu đúng vậy, nên ghi ${p.to} cho rõ.`,
};
