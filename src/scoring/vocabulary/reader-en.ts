import type { Widen } from "./en";
import type { readerVi } from "./reader-vi";

/** The workbook reader's messages in English: the keys of reader-vi.ts, checked by the compiler. */
export const readerEn: Widen<typeof readerVi> = {
  sheetMissing: (p) => `The sheet "${p.sheet}" (${p.sheetEn}) was not found (${p.why}). Add it or rename the existing sheet; accepted names: ${p.names}.`,
  whyMembers: "the list of the bloc's member units",
  whyTargets: "the registered targets and their actuals",
  columnMissing: (p) => `the required column "${p.column}" was not found in the header row (row ${p.row}). Add it; accepted names: ${p.accepted}.`,
  columnDuplicate: (p) =>
    `the column "${p.text}" means the same as "${p.column}" at ${p.used}; the column at ${p.used} is used and this one ignored. Rename or delete one of them.`,
  sheetEmpty: "has a header row but no data rows below it. Enter the data, or delete the sheet if it is not used.",
  totalRowSkipped: (p) =>
    `row ${p.row} is a total row ("${p.label}") and was skipped, not counted as a unit or target. If it is real data, enter the unit code.`,
  hiddenRow: (p) =>
    `row ${p.row} is hidden but is counted like any other. If it is no longer used, delete it; if it was hidden by mistake, unhide it and check it.`,
  formulaWithoutResult:
    "the cell holds a formula but the file does not hold its result (the file was written by another program and never opened in Excel), so its value is unknown. Open the file in Excel, let it calculate, save it and run again; or type the value into the cell.",
  valueMissing: (p) => `column "${p.column}" ${p.found ? `holds only "${p.found}"` : "is empty"} but needs a value. Enter the ${p.column}.`,
  valueError: (p) => `the "${p.column}" cell holds the Excel error ${p.error}. Fix the formula or type the value.`,
  valueInvalid: (p) => `cannot read ${p.shown} in column "${p.column}": expected ${p.expected}. Correct this cell.`,
  dateForNumber: (p) =>
    `the "${p.column}" cell is the date ${p.shown} (the cell has a date format), not a number. If it is meant to be ${p.serial}, change the cell format to Number; otherwise type the right number.`,
  numberAmbiguous: (p) => `"${p.typed}" in column "${p.column}" was read as ${p.value} (Vietnamese separators). If that is wrong, retype the number unambiguously.`,
  unitInCell: (p) =>
    `"${p.typed}" in column "${p.column}": the number ${p.value} was read and the text "${p.unit}" ignored. Put the unit in the unit-of-measure column and only the number in the cell.`,
  valueNegative: (p) => `the ${p.column} is negative (${p.value}). Enter a number that is not negative.`,
  codeMissing: (p) => `the ${p.what} on row ${p.row} has no unit code. Enter the unit's code.`,
  rowDuplicate: (p) =>
    `row ${p.row} is identical to row ${p.first} (${p.what}). If it was entered twice, delete one; if they really are two rows, make the difference clear.`,
  whatAdjustment: "bonus/deduction line",
  whatScore: "score",
  whatViolation: "violation",
  whatTarget: (p) => `target "${p.name}" of unit ${p.member}`,
  whatScoreOf: (p) => `score of criterion ${p.criterion} for unit ${p.member}`,
  whatViolationOf: (p) => `violation of unit ${p.member}`,
  expect: {
    number: "a number",
    wholeNumber: "a whole number",
    percentage: "a percentage such as 90",
    year: "a year such as 2018",
    count: "a whole number, not negative",
    nonNegative: "a number, not negative",
    decreaseMethod: '"Inverse" or "Linear"',
    section: "the section as a roman or plain number (I, II, III or 1, 2, 3)",
    method: '"Chỉ tiêu" (by targets) or "Chấm điểm" (scored directly)',
    adjustmentKind: '"Cộng" (bonus) or "Trừ" (deduction), or +/-',
    yesNo: '"Có"/"Yes" or "Không"/"No" (or x, 1/0)',
    rating: '"Xuất sắc" (excellent), "Tốt" (good), "Khá" (fair), "Trung bình" (average) or empty',
    direction: '"Tăng" (increase, ≥), "Giảm" (decrease, ≤), "Bằng 0" (zero) or "Đạt" (pass/fail)',
    passFail: '"Đạt" (pass) or "Không đạt" (fail), or 1/0',
  },
  memberCodeMissing: (p) => `row ${p.row} has data but no unit code. Enter a code (one distinct code per unit).`,
  memberCodeDuplicate: (p) => `the unit code "${p.code}" is already used on row ${p.first}. One row per unit: delete the duplicate row or correct the code.`,
  memberNameMissing: (p) => `the unit "${p.code}" has no name. Enter the unit name.`,
  targetCodeMissing: (p) => `the target on row ${p.row} has no unit code. Enter the code of the unit that registered it.`,
  percentScaled: (p) => `the ${p.column} ${p.from} was read as ${p.to} % to match ${p.other} %. Type plan and actual the same way (e.g. ${p.to}).`,
  deductionNegative: (p) =>
    `a Trừ (deduction) line holds a negative number (${p.value}): read as a deduction of ${p.points}. Deductions are entered as positive numbers.`,
  bonusNegative: (p) => `a Cộng (bonus) line with negative points (${p.value}). If it is a deduction, set the kind to "Trừ" and enter a positive number.`,
  appliesToUnknown: (p) =>
    `the "Applies to" column lists ${p.list}, which is not a code in the Members sheet (Đơn vị). Correct it to the members' codes (separated by commas) or add that unit to the Members sheet.`,
  criterionDuplicate: (p) => `the criterion code "${p.code}" is already used on row ${p.first}. One row per criterion: delete the duplicate or correct the code.`,
  violationWithoutEffect: (p) =>
    `the violation on row ${p.row} has no effect (Hình thức), so it does not change the ranking. To apply it, enter "Không xét Cờ", "Không khen thưởng" or "Xếp cuối".`,
  settingsColumnMissing: (p) => `the column "${p.column}" was not found. Head the two columns "Tham số" (Setting) and "Giá trị" (Value).`,
  settingUnknown: (p) => `the setting ${p.shown} is not known. Correct its name (${p.names}) or delete the row.`,
  settingTwice: (p) => `the setting "${p.setting}" is entered twice. Keep one row and delete the other.`,
  settingInvalid: (p) => `the value ${p.shown} of "${p.setting}" cannot be read: expected ${p.expected}. Fix it.`,
  settingPercentScaled: (p) => `"${p.setting}" holds ${p.from}, read as ${p.to} %. If that is right, enter ${p.to} to make it clear.`,
};
