import { defaultCriterion } from "../../scoring/criteria-defaults";
import type { CriterionInput, Issue, ScoringMethod, Settings } from "../../scoring/types";
import { CRITERIA_SHEET, type CriterionField } from "./aliases";
import { CodeIndex, criterionKey } from "./code-index";
import { FieldReader } from "./field-reader";
import type { CellValue, SheetGrid } from "../grid";
import { cellText } from "./cell-values";
import { readSheetRows } from "./sheet-table";
import { isAllMembers, parseScoringMethod, parseSection } from "./words";

const METHOD_WORDS = { vi: '"Chỉ tiêu" hoặc "Chấm điểm"', en: '"Chỉ tiêu" (by targets) or "Chấm điểm" (scored directly)' };
const SECTION_WORDS = { vi: "số La Mã hoặc số thứ tự của nội dung (I, II, III hoặc 1, 2, 3)", en: "the section as a roman or plain number (I, II, III or 1, 2, 3)" };
const DEFAULT_TARGET_COUNT = 5;

/**
 * Áp dụng cho: codes separated by commas, semicolons or line breaks, joined to the members' spelling.
 * Spaces separate codes too ("CT TK"), but only when the whole piece is not itself a member's code
 * ("CT 01") and every word of it is one: a space inside a code must not split it.
 */
export function parseAppliesTo(text: string | null, members: CodeIndex): string[] | null {
  if (text === null || isAllMembers(text)) return null;
  const pieces = text.split(/[,;\n\r]+/).map((code) => code.trim()).filter((code) => code !== "");
  const codes = pieces.flatMap((piece) => {
    if (members.has(piece)) return [piece];
    const words = piece.split(/\s+/);
    return words.length > 1 && words.every((word) => members.has(word)) ? words : [piece];
  });
  return codes.length === 0 ? null : codes.map((code) => members.resolve(code));
}

/** A code in Áp dụng cho that is no member: the criterion would silently not apply to the unit meant. */
function reportUnknownApplies(read: FieldReader<CriterionField>, codes: string[] | null, members: CodeIndex): void {
  // Without any member (Đơn vị missing or empty, reported already) every code would look unknown.
  const unknown = members.size === 0 ? [] : (codes ?? []).filter((code) => !members.has(code));
  if (unknown.length === 0) return;
  const list = unknown.map((code) => `"${code}"`).join(", ");
  read.report("error", "appliesTo", "member-unknown",
    `cột "Áp dụng cho" có mã ${list} không có trong trang Đơn vị. Hãy sửa cho đúng mã đơn vị (ngăn cách bằng dấu phẩy) hoặc thêm đơn vị đó vào trang Đơn vị.`,
    `the "Applies to" column lists ${list}, which is not a code in the Members sheet (Đơn vị). Correct it to the members' codes (separated by commas) or add that unit to the Members sheet.`);
}

/** The raw text keeps its line breaks (cellText would fold them into spaces): they separate codes. */
function appliesToText(value: CellValue): string | null {
  return typeof value === "string" ? value : cellText(value);
}

/** Tiêu chí: the bloc's criteria; without the sheet, the default criterion "1" (5 targets). */
export function readCriteria(
  sheet: SheetGrid | null,
  settings: Settings,
  members: CodeIndex,
  issues: Issue[],
): { criteria: CriterionInput[]; codes: CodeIndex } | null {
  const codes = new CodeIndex(criterionKey);
  const useDefault = () => {
    const only = defaultCriterion(settings);
    codes.add(only.code);
    return { criteria: [only], codes };
  };
  if (sheet === null) return useDefault();
  const table = readSheetRows(CRITERIA_SHEET, sheet, issues, "code");
  if (table.rows === null) return null;
  const criteria: CriterionInput[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of table.rows) {
    const read = new FieldReader<CriterionField>(CRITERIA_SHEET, row, issues);
    const code = read.text("code");
    if (code === null) {
      read.missing("code");
      continue;
    }
    if (!codes.add(code)) {
      read.report("error", "code", "criterion-duplicate",
        `mã tiêu chí "${code}" đã có ở dòng ${firstRowOf.get(criterionKey(code))}. Mỗi tiêu chí một dòng: hãy xoá dòng trùng hoặc sửa mã.`,
        `the criterion code "${code}" is already used on row ${firstRowOf.get(criterionKey(code))}. One row per criterion: delete the duplicate or correct the code.`);
      continue;
    }
    firstRowOf.set(criterionKey(code), row.row);
    const section = read.word<string | null>("section", parseSection, SECTION_WORDS, { fallback: null, required: true }).value;
    const standardPoints = read.number("standardPoints", { required: true }).value;
    const method = read.word<ScoringMethod>("method", parseScoringMethod, METHOD_WORDS, { fallback: "direct" }).value;
    const targetCount = read.number("targetCount").value;
    if (targetCount !== null && !Number.isInteger(targetCount)) read.invalid("targetCount", { vi: "một số nguyên", en: "a whole number" });
    const pointsPerTarget = read.number("pointsPerTarget").value;
    const bonusCapPerTarget = read.number("bonusCapPerTarget").value;
    const appliesTo = parseAppliesTo(appliesToText(row.value("appliesTo")), members);
    reportUnknownApplies(read, appliesTo, members);
    if (section === null || standardPoints === null) continue;
    criteria.push({
      code,
      section,
      name: read.text("name") ?? "",
      standardPoints,
      method,
      targetCount: targetCount !== null && Number.isInteger(targetCount) ? targetCount : DEFAULT_TARGET_COUNT,
      pointsPerTarget,
      bonusCapPerTarget,
      appliesTo,
      alternativeGroup: read.text("alternativeGroup"),
      source: read.source(),
    });
  }
  // An empty Tiêu chí sheet (reported as sheet-empty) leaves the bloc its default criterion.
  return table.rows.length === 0 ? useDefault() : { criteria, codes };
}
