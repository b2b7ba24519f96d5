/**
 * Every word the program shows for a shared concept, in Vietnamese: the reference table. en.ts must
 * have exactly these keys (the type system checks it), and every surface — task pane, web page, output
 * sheets, printed papers, command line — takes its label for a concept from here, so the same concept
 * never reads differently on two surfaces. Values are strings or `(params) => string` templates.
 *
 * Lives in scoring/ because that is the innermost room: every other room may import it.
 */
export const vi = {
  /** Grades (Xếp loại): full name, as on Xếp hạng, and the short word of narrow tables and the chart. */
  grade: {
    excellent: "Hoàn thành xuất sắc nhiệm vụ",
    good: "Hoàn thành tốt nhiệm vụ",
    pass: "Hoàn thành nhiệm vụ",
    fail: "Không hoàn thành nhiệm vụ",
  },
  gradeShort: { excellent: "Xuất sắc", good: "Tốt", pass: "Hoàn thành", fail: "Không hoàn thành" },
  /** The task pane's badges. */
  gradeAbbrev: { excellent: "XS", good: "T", pass: "HT", fail: "K" },
  award: { flag: "Cờ thi đua", merit: "Bằng khen" },
  awardShort: { flag: "Cờ", merit: "BK" },
  awardNone: "Không đề nghị",
  /** CCHC and sector ratings read from Đơn vị. */
  rating: { excellent: "Xuất sắc", good: "Tốt", fair: "Khá", average: "Trung bình" },
  /** Lower case, as inside sentences; cells capitalise the first letter. */
  direction: { increase: "tăng", decrease: "giảm", zero: "bằng 0", pass: "đạt" },
  /** Hình thức of a violation. */
  effect: { "no-flag": "Không xét Cờ", "no-award": "Không khen thưởng", "rank-last": "Xếp cuối" },
  severity: { error: "Lỗi", warning: "Cảnh báo" },
  noProblems: "Không có lỗi",

  rank: "Hạng",
  code: "Mã đơn vị",
  name: "Tên đơn vị",
  unit: "Đơn vị",
  section: (p: { section: string }) => `Nội dung ${p.section}`,
  criterion: (p: { code: string }) => `Tiêu chí ${p.code}`,
  bonus: "Điểm cộng",
  deduction: "Điểm trừ",
  total: "Tổng điểm",
  max: "Điểm tối đa",
  percent: "Tỷ lệ",
  percentColumn: "Tỷ lệ (%)",
  gradeColumn: "Xếp loại",
  awardColumn: "Đề nghị khen thưởng",
  notes: "Ghi chú",
  violations: "Vi phạm",
  rankChange: "Thay đổi hạng",
  points: "điểm",
  tied: "đồng hạng",
  needsVote: "cần bình xét",
  unranked: "không xếp hạng",
  rankChangeNew: "Mới",

  target: "Chỉ tiêu",
  directionColumn: "Chiều",
  plan: "Kế hoạch",
  actual: "Thực hiện",
  ratioColumn: "Tỷ lệ (%)",
  basePoints: "Điểm cơ bản",
  bonusPoints: "Điểm thưởng",
  pointsColumn: "Điểm",
  explanation: "Cách tính",
  sectionColumn: "Nội dung",
  criterionColumn: "Tiêu chí",
  severityColumn: "Mức độ",
  sheetColumn: "Trang tính",
  cellColumn: "Ô",
  messageColumn: "Nội dung",

  titleRanking: "Xếp hạng thi đua",
  titleBreakdown: "Chi tiết điểm",
  titleChecks: "Kiểm tra dữ liệu",
  year: "năm",
  calculatedAt: "Tính lúc",


  /** What changed since an earlier calculation (history sheet, pane, command line). */
  pointsNotComparable: "điểm chưa so sánh được",
  pointsUnchanged: "điểm không đổi",
  pointsDelta: (p: { delta: string }) => `${p.delta} điểm`,
  keepsRank: (p: { rank: string }) => `giữ hạng ${p.rank}`,
  rankMove: (p: { from: string; to: string }) => `hạng ${p.from} → ${p.to}`,
  rankWord: "hạng",
  notRankedErrors: "chưa xếp hạng được (còn lỗi, xem trang Kiểm tra)",
  emptyValue: "(trống)",
  trueValue: "Đúng",
  falseValue: "Sai",
  changesSince: (p: { span: string }) => `Thay đổi so với lần tính trước (${p.span}):`,
  /** The Lịch sử tính điểm sheet: its title, lines and columns. */
  historySheet: { title: "LỊCH SỬ TÍNH ĐIỂM", noPrevious: "Chưa có lần tính trước để so sánh.", ranked: "Đã xếp hạng", blocked: "Không xếp hạng được (còn lỗi)" },
  historyColumn: { no: "Lần tính", time: "Thời gian", ranked: "Số đơn vị xếp hạng", errors: "Lỗi", warnings: "Cảnh báo", outcome: "Kết quả" },

  /** The command line. */
  cliHelpHint: "Xem hướng dẫn: npm run rank -- --help",
  cliFailed: (p: { detail: string }) => `Chương trình gặp lỗi: ${p.detail}`,
  cliComparedWithResult: (p: { path: string }) => `So sánh với kết quả trước (${p.path}):`,
  cliChangesSince: (p: { path: string; span: string }) => `Thay đổi so với lần tính trước (${p.path}, ${p.span}):`,
  cliExplainBlocked: (p: { code: string }) => `--explain ${p.code}: chưa xếp hạng được (còn lỗi) nên chưa giải thích được điểm.`,
  cliExplainNoCode: (p: { code: string; codes: string }) => `--explain: không có đơn vị mã "${p.code}". Các mã có: ${p.codes}.`,
  cliOutIsInput: (p: { input: string }) => `--out trùng với tệp đầu vào (${p.input}): chương trình không bao giờ ghi đè tệp đầu vào. Chọn một tên khác cho --out.`,
  cliJsonClash: (p: { json: string }) => `--json trùng với tệp đầu vào hoặc tệp kết quả (${p.json}). Chọn một tên khác, ví dụ ket-qua.json.`,
  /** Headings a narrow terminal can afford; the full ones are kept whenever the table fits with them. */
  cliShortColumn: { code: "Mã", bonus: "Cộng", deduction: "Trừ", total: "Tổng", percent: "Tỷ lệ", award: "Khen thưởng" },
  explainTiedSuffix: " (đồng hạng)",
  explainTotal: (p: { base: string; targetBonus: string; bonus: string; deduction: string; total: string }) =>
    `Tổng điểm = điểm gốc ${p.base} + thưởng chỉ tiêu ${p.targetBonus} + điểm cộng ${p.bonus} − điểm trừ ${p.deduction} = ${p.total}`,
  explainSelfScore: (p: { self: string; points: string; diff: string }) => `tự chấm ${p.self}, tính được ${p.points} (chênh ${p.diff})`,

  /** A member's breakdown (task pane, command line). */
  explainHeading: "Giải thích điểm",
  noneListed: "(không có)",
  tieBreakOrder: "Thứ tự khi bằng tỷ lệ",
  placedByPercent: "Xếp theo tỷ lệ điểm, không cần tiêu chí phụ.",
  selfScoresDiffer: "Điểm tự chấm khác điểm tính được",
  whatItTakes: "Cần gì để lên hạng",

  /** The printed papers for the bloc's meeting (Bảng tổng hợp, Đề nghị khen thưởng). */
  summaryTitle: "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA",
  summaryTitleYear: (p: { year: string }) => `BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM ${p.year}`,
  noMembers: "Không có đơn vị nào.",
  awardsTitle: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
  noAwardCandidates: "Không có đơn vị nào đủ điều kiện đề nghị khen thưởng.",
  awardsBasis: (p: { year: string }) => `(Theo kết quả chấm điểm thi đua năm ${p.year})`,
  awardReasonRanked: (p: { rank: string; count: string; grade: string }) => `Xếp hạng ${p.rank}/${p.count} của khối; ${p.grade}`,
  awardReasonTied: (p: { rank: string; count: string; grade: string }) => `Đồng hạng ${p.rank}/${p.count} của khối; ${p.grade}`,
  awardsTotal: (p: { totals: string }) => `Tổng cộng đề nghị: ${p.totals}.`,
  /** Awards a tie across a quota line leaves for the meeting's vote: the notes, under Xếp hạng, the award paper, the CLI, the pane. */
  openAwards: "Chưa xác định — khối bình xét",
  awardCount: { flag: (p: { count: number }) => `${p.count} Cờ thi đua`, merit: (p: { count: number }) => `${p.count} Bằng khen` },
  awardsAnd: " và ",
  needsVoteNote: (p: { awards: string; members: number }) => `Cần bình xét: ${p.awards} cho ${p.members} đơn vị đồng hạng`,
  openAwardLine: (p: { awards: string; members: number; rank: number; names: string }) => `${p.awards} cho ${p.members} đơn vị đồng hạng ${p.rank}: ${p.names}`,
  openAwardsNoneDecided: "Chưa có đơn vị nào được đề nghị: các suất khen thưởng do khối bình xét (xem bên dưới).",
  /**
   * A printed paper's fixed parts (Nghị định 30/2020/NĐ-CP, Phụ lục I): the national heading beside the
   * issuing body, and at the end the recipients beside the signature block.
   */
  paper: {
    nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    bloc: "KHỐI THI ĐUA",
    onBehalf: "TM. KHỐI THI ĐUA",
    leader: "KHỐI TRƯỞNG",
    sign: "(Ký, ghi rõ họ tên, đóng dấu)",
    recipients: "Nơi nhận:",
    members: "- Các đơn vị thành viên Khối;",
    archive: "- Lưu: Khối.",
  },
  /** The papers' column headings, short for a portrait page. */
  paperColumn: { no: "STT", member: "Đơn vị", bonus: "Cộng", deduction: "Trừ", total: "Tổng", percent: "%", award: "Hình thức khen thưởng", reasons: "Lý do đề nghị" },
  /** The Biểu đồ sheet: its threshold columns and the line saying how to read the chart. */
  chartSheet: {
    threshold: "Ngưỡng",
    legend: "Biểu đồ dưới bảng: mỗi cột là tỷ lệ % của một đơn vị, theo thứ tự hạng; các đường ngang là ngưỡng xếp loại.",
    /** `tail` is " — <bloc> — <year>" or "". */
    title: (p: { tail: string }) => `Tỷ lệ điểm đạt được (%)${p.tail}`,
    axisFrom: (p: { min: string }) => `Trục bắt đầu từ ${p.min} %, không từ 0, để thấy rõ chênh lệch`,
    /** In place of the chart when there are no bars. */
    blocked: "Chưa có xếp hạng: bảng tính còn lỗi, xem trang Kiểm tra.",
    noneRanked: "Không có đơn vị nào được xếp hạng.",
  },

  /** The place and date line of a printed paper ("Kiên Giang, ngày 05 tháng 03 năm 2025": day and months 1–2 with a leading zero, Nghị định 30/2020). */
  dateLine: (p: { place: string; day: number; month: number; year: number }) =>
    `${p.place}, ngày ${p.day < 10 ? `0${p.day}` : p.day} tháng ${p.month <= 2 ? `0${p.month}` : p.month} năm ${p.year}`,
  /** A batch (several workbooks at once). */
  batchMembers: (p: { count: number }) => `${p.count} đơn vị`,
  batchSummary: (p: { files: number; ranked: number; blocked: number; unreadable: number; copies: number; workbook: string; json: string; out: string }) =>
    `Tổng hợp ${p.files} tệp: ${p.ranked} đã xếp hạng, ${p.blocked} có lỗi, ${p.unreadable} không đọc được. Đã ghi ${p.copies} bản đã xếp hạng, ${p.workbook} và ${p.json} vào ${p.out}.`,
  /** A part the written copy lacks, on a named sheet. */
  partOnSheet: (p: { what: string; sheet: string }) => `${p.what} trên trang '${p.sheet}'`,
  /** tong-hop.xlsx, the batch's summary sheet, and what became of each file. */
  batchSheet: { title: "Tổng hợp xếp hạng các khối thi đua", sheet: "Tổng hợp", file: "Tệp", bloc: "Khối", year: "Năm", status: "Trạng thái", problems: "Vấn đề / ghi chú" },
  batchStatus: { ranked: "Đã xếp hạng", blocked: "Có lỗi, chưa xếp hạng", unreadable: "Không đọc được" },

  /** What it takes to move up (scoring/what-it-takes: task pane and command line). */
  gap: {
    rankedFirst: "Đang đứng đầu khối: không có đơn vị nào ở trên.",
    topBand: (p: { grade: string }) => `Đã ở mức xếp loại cao nhất (${p.grade}).`,
    noTargets: "Đơn vị không có chỉ tiêu định lượng nào để tính.",
    rankLast: (p: { name: string }) => `Bị xếp cuối do vi phạm (Xếp cuối): thêm điểm không đưa đơn vị lên trên ${p.name} và các đơn vị không vi phạm.`,
    tied: (p: { rank: string; name: string }) => `Đồng hạng ${p.rank} với ${p.name}: chỉ cần thêm bất kỳ số điểm nào để vượt; nếu không, khối bình xét.`,
    equalPercent: (p: { rank: string; name: string }) => `Bằng tỷ lệ với ${p.name} (hạng ${p.rank}) nhưng xếp sau theo tiêu chí phụ: chỉ cần thêm bất kỳ số điểm nào để vượt.`,
    passAbove: (p: { points: string; name: string; rank: string; percent: string }) => `Cần thêm hơn ${p.points} điểm để vượt ${p.name} (hạng ${p.rank}, ${p.percent} %).`,
    nextGrade: (p: { points: string; grade: string; threshold: string; pointsAt: string }) => `Cần thêm ${p.points} điểm để đạt mức ${p.grade} (${p.threshold} % = ${p.pointsAt} điểm).`,
    goalPass: (p: { goal: string; points: string }) => `Để vượt ${p.goal} chỉ bằng một chỉ tiêu (cần thêm hơn ${p.points} điểm):`,
    goalPassAny: (p: { goal: string }) => `Để vượt ${p.goal} chỉ bằng một chỉ tiêu (cần thêm bất kỳ số điểm nào):`,
    goalReach: (p: { goal: string; points: string }) => `Để đạt mức ${p.goal} chỉ bằng một chỉ tiêu (cần thêm ${p.points} điểm):`,
    cappedNoBonus: "chỉ tiêu đã đạt, không có điểm thưởng nên không thể cộng thêm.",
    capped: "chỉ tiêu đã đạt mức thưởng tối đa, không thể cộng thêm.",
    bringToZero: (p: { points: string }) => `chỉ có thể đưa về 0 (+${p.points} điểm), như vậy là đủ.`,
    meetTarget: (p: { points: string }) => `chỉ có thể đạt chỉ tiêu (+${p.points} điểm), như vậy là đủ.`,
    notComputable: "không tính được (kế hoạch trống hoặc bằng 0).",
    insufficient: (p: { points: string }) => `không đủ: chỉ tiêu này chỉ cộng thêm được tối đa ${p.points} điểm.`,
    actualAbove: (p: { value: string }) => `cần thực hiện trên ${p.value}.`,
    actualAtLeast: (p: { value: string }) => `cần thực hiện ít nhất ${p.value}.`,
    actualBelow: (p: { value: string }) => `cần thực hiện dưới ${p.value}.`,
    actualAtMost: (p: { value: string }) => `cần thực hiện không quá ${p.value}.`,
    met: "đạt",
    notMet: "không đạt",
    passTarget: (p: { no: string; name: string; direction: string; met: string; points: string }) => `Chỉ tiêu${p.no} “${p.name}” (${p.direction}, ${p.met}, ${p.points} điểm)`,
    target: (p: { no: string; name: string; direction: string; plan: string; actual: string; points: string }) =>
      `Chỉ tiêu${p.no} “${p.name}” (${p.direction}, kế hoạch ${p.plan}, thực hiện ${p.actual}, ${p.points} điểm)`,
  },

  /** Comparing with an earlier result (--previous, history). */
  notInEarlier: (p: { name: string; rank: string }) => `${p.name}: không có trong kết quả trước, hạng ${p.rank}`,
  noLongerThere: (p: { name: string; rank: string }) => `${p.name}: không còn trong kết quả này (trước đó hạng ${p.rank})`,
  blockedNoComparison: "Lần này chưa xếp hạng được (còn lỗi): không so sánh được điểm.",
  nothingChanged: "Điểm và hạng của mọi đơn vị không đổi so với kết quả trước.",
  jsonHasNoInputs: "(Tệp JSON không chứa số liệu đầu vào: muốn biết từng ô đã sửa, dùng --previous với sổ làm việc kết quả lần trước (.xlsx).)",
  allCells: (p: { count: number }) => `cả ${p.count} ô: `,
  indirectChange: "(do thay đổi của đơn vị khác hoặc cấu hình)",
  noInputChanged: "Không có ô dữ liệu nào thay đổi so với lần tính trước.",
} as const;
