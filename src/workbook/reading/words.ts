import type { Direction, DecreaseMethod, Rating, ScoringMethod, ViolationEffect } from "../../scoring/types";
import { compactKey, textKey } from "./text-key";

/**
 * The word variants officers type for the contract's closed vocabularies (ratings, directions,
 * yes/no, Cộng/Trừ, Hình thức, Nội dung…). Every parser takes text and returns the value, or
 * undefined when the text is not a known word (the caller reports value-invalid).
 */

type Vocabulary<T> = ReadonlyArray<readonly [T, readonly string[]]>;

interface WordTable<T> {
  exact: Map<string, T>;
  /** Longest first, so "khong vuot qua" wins over "khong". */
  prefixes: Array<[string, T]>;
}

function table<T>(vocabulary: Vocabulary<T>): WordTable<T> {
  const exact = new Map<string, T>();
  const prefixes: Array<[string, T]> = [];
  for (const [value, words] of vocabulary) {
    for (const word of words) {
      exact.set(textKey(word), value);
      exact.set(compactKey(word), value);
      prefixes.push([textKey(word), value]);
    }
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  return { exact, prefixes };
}

function lookup<T>(words: WordTable<T>, text: string, allowPrefix: boolean): T | undefined {
  // Brackets are dropped, not their words: "Hoàn thành xuất sắc (nhiệm vụ)" is "hoàn thành xuất sắc nhiệm vụ".
  const key = textKey(text).replace(/[()]/g, " ").replace(/[.:;!]+$/, "").replace(/ +/g, " ").trim();
  const found = words.exact.get(key) ?? words.exact.get(key.replace(/ /g, ""));
  if (found !== undefined || !allowPrefix) return found;
  for (const [prefix, value] of words.prefixes) {
    // A prefix must end on a word boundary: "tang" matches "tang 5%" but not "tangent".
    if (key.startsWith(prefix) && (key.length === prefix.length || !/[a-z0-9]/.test(key[prefix.length]) || !/[a-z0-9]/.test(prefix[prefix.length - 1]))) {
      return value;
    }
  }
  return undefined;
}

const RATINGS = table<Rating>([
  ["excellent", ["Xuất sắc", "XS", "Hoàn thành xuất sắc", "Hoàn thành xuất sắc nhiệm vụ", "HTXS", "HTXSNV", "Excellent"]],
  ["good", ["Tốt", "Hoàn thành tốt", "Hoàn thành tốt nhiệm vụ", "HTT", "HTTNV", "Good"]],
  ["fair", ["Khá", "Fair"]],
  // The two lowest task-completion grades complete the HTXSNV/HTTNV scale sectors rate with; both earn
  // no bonus, so they read as the lowest rating rather than block the ranking.
  ["average", ["Trung bình", "TB", "Average", "Hoàn thành nhiệm vụ", "HTNV", "Không hoàn thành nhiệm vụ", "KHTNV", "Không hoàn thành"]],
]);

/** "Không", "Chưa xếp loại": the member has no rating this year, the same as an empty cell. */
const NO_RATING = table<null>([[null, ["Không", "Không có", "Chưa xếp loại", "Không xếp loại", "Chưa có", "Chưa đánh giá", "None", "Not rated"]]]);

/** A rating word; null for the words meaning "no rating"; undefined when not a known word. */
export function parseRating(text: string): Rating | null | undefined {
  return lookup(NO_RATING, text, false) === null ? null : lookup(RATINGS, text, false);
}

const DIRECTIONS = table<Direction>([
  ["zero", ["Bằng 0", "Bằng không", "= 0", "=0", "0", "Không để xảy ra", "Không xảy ra", "Không có", "Không phát sinh", "Zero", "None"]],
  ["pass", ["Đạt", "Đạt/Không đạt", "Đạt / Không đạt", "Đạt hoặc không đạt", "Pass", "Pass/Fail"]],
  ["decrease", ["Giảm", "≤", "<=", "<", "=<", "Không vượt quá", "Không quá", "Tối đa", "Thấp hơn", "Dưới", "Decrease", "Lower", "Lower is better", "At most", "Max"]],
  ["increase", ["Tăng", "≥", ">=", ">", "=>", "Tối thiểu", "Không thấp hơn", "Không dưới", "Cao hơn", "Trên", "Vượt", "Increase", "Higher", "Higher is better", "At least", "Min"]],
]);

export function parseDirection(text: string): Direction | undefined {
  return lookup(DIRECTIONS, text, true);
}

const YES_NO = table<boolean>([
  [true, ["Có", "x", "Yes", "Y", "TRUE", "Đúng", "C", "1", "Đạt", "Có tham gia", "Được cộng", "Được cộng điểm"]],
  [false, ["Không", "No", "N", "FALSE", "Sai", "K", "0", "Không đạt", "Không tham gia", "Không được cộng", "Không được cộng điểm"]],
]);

export function parseYesNo(text: string): boolean | undefined {
  return lookup(YES_NO, text, false);
}

const PASS_FAIL = table<0 | 1>([
  [1, ["Đạt", "x", "Có", "Yes", "TRUE", "1", "Pass", "Passed", "Hoàn thành", "Đã đạt"]],
  [0, ["Không đạt", "Không", "Chưa đạt", "No", "FALSE", "0", "Fail", "Failed", "Không hoàn thành", "Chưa hoàn thành"]],
]);

/** Actual of a Đạt target: 1 = đạt, 0 = không đạt. */
export function parsePassFail(text: string): 0 | 1 | undefined {
  return lookup(PASS_FAIL, text, false);
}

const KINDS = table<"bonus" | "deduction">([
  ["bonus", ["Cộng", "+", "Cộng điểm", "Điểm cộng", "Thưởng", "Điểm thưởng", "Bonus", "Plus", "Add"]],
  ["deduction", ["Trừ", "-", "−", "Trừ điểm", "Điểm trừ", "Deduction", "Minus", "Penalty", "Subtract"]],
]);

export function parseAdjustmentKind(text: string): "bonus" | "deduction" | undefined {
  return lookup(KINDS, text, false);
}

const EFFECTS = table<ViolationEffect>([
  ["no-flag", ["Không xét Cờ", "Không xét Cờ thi đua", "Không đề nghị Cờ", "Không đề nghị Cờ thi đua", "Không được xét Cờ", "Không Cờ", "No flag"]],
  ["no-award", ["Không khen thưởng", "Không xét khen thưởng", "Không đề nghị khen thưởng", "Không được khen thưởng", "Không được xét khen thưởng", "No award", "No awards"]],
  ["rank-last", ["Xếp cuối", "Xếp cuối khối", "Xếp hạng cuối", "Xếp hạng cuối khối", "Xếp cuối bảng", "Rank last", "Ranked last", "Last"]],
]);

export function parseViolationEffect(text: string): ViolationEffect | undefined {
  return lookup(EFFECTS, text, true);
}

const METHODS = table<ScoringMethod>([
  ["targets", ["Chỉ tiêu", "Theo chỉ tiêu", "Chấm theo chỉ tiêu", "Chỉ tiêu đăng ký", "Targets", "By targets"]],
  ["direct", ["Chấm điểm", "Chấm trực tiếp", "Trực tiếp", "Điểm", "Direct", "Score", "Scored directly"]],
]);

export function parseScoringMethod(text: string): ScoringMethod | undefined {
  return lookup(METHODS, text, false);
}

const DECREASE_METHODS = table<DecreaseMethod>([
  ["inverse", ["Nghịch đảo", "Nghịch", "P/A", "KH/TH", "Inverse", "Reciprocal"]],
  ["linear", ["Tuyến tính", "2 - A/P", "2-A/P", "Linear"]],
]);

export function parseDecreaseMethod(text: string): DecreaseMethod | undefined {
  return lookup(DECREASE_METHODS, text, false);
}

/** "Tất cả" in Áp dụng cho: the criterion applies to every member. */
export function isAllMembers(text: string): boolean {
  return ["tat ca", "toan khoi", "tat ca don vi", "all", "all members"].includes(textKey(text));
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** Nội dung as a roman numeral: "I", "2", "Nội dung II", "ND 3", "Section 2" → "I", "II", "II", "III", "II". */
export function parseSection(text: string): string | undefined {
  const key = textKey(text)
    .replace(/^(noi dung|nd|phan|muc|section|part)\.?\s*(?=[0-9ivx])/, "")
    .replace(/[.:]+$/, "")
    .trim();
  if (/^\d+$/.test(key)) return ROMAN[Number(key) - 1];
  const upper = key.toUpperCase();
  return ROMAN.includes(upper) ? upper : undefined;
}
