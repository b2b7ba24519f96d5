import { formatInput } from "../../scoring/number-display";
import { withDefaults } from "../../scoring/settings";
import type { Issue, Localized, Settings } from "../../scoring/types";
import { SETTINGS_SHEET, textFields, type SettingField } from "./aliases";
import { cellText, displayValue, isBlankCell, isNoValueCell, readNumber, type NumberRead } from "./cell-values";
import { dataRows, type DataRow } from "./data-rows";
import { columnLetter, type SheetGrid } from "../grid";
import { locateHeader, type TableLayout } from "./locate-header";
import { hasPercentFormat, times100 } from "./percent";
import { issue, readerWords, say } from "./reader-messages";
import { SETTING_DEFS, type SettingDef } from "./setting-names";
import { labelKey } from "./text-key";
import { parseDecreaseMethod } from "./words";

const DEF_BY_NAME = new Map<string, SettingDef>(
  SETTING_DEFS.flatMap((def) => [def.label.vi, def.label.en, ...def.aliases].map((name) => [labelKey(name), def] as const)),
);


/**
 * A Cấu hình sheet typed without a header row ("Năm | 2018" from the first row): read its first two
 * used columns as Tham số | Giá trị rather than refuse the whole sheet.
 */
function headerless(layout: TableLayout<SettingField>, sheet: SheetGrid): TableLayout<SettingField> {
  const first = sheet.rows.findIndex((row) => row.some((v) => !isBlankCell(v ?? null)));
  const row = first < 0 ? [] : sheet.rows[first];
  const col = row.findIndex((v) => !isBlankCell(v ?? null));
  const nameCol = sheet.originCol + Math.max(0, col);
  return {
    ...layout,
    columns: new Map<SettingField, number>([["setting", nameCol], ["value", nameCol + 1]]),
    firstDataRow: sheet.originRow + Math.max(0, first),
    headerRow: sheet.originRow + Math.max(0, first) - 1,
    missing: [],
  };
}

type ValueRead =
  | { ok: true; value: Settings[keyof Settings]; scaledFrom?: number }
  | { ok: false; expected: Localized };

/**
 * A threshold in percent points. A cell showing "90 %" in Excel holds 0,9 with a percent format: that
 * is 90. A plain 0,9 can only be a fraction too (a threshold of 0,9 % would make everyone excellent):
 * read as 90 and reported, so the officer sees the reading.
 */
function percentPoints(read: NumberRead, format: string | null): ValueRead {
  if (read.kind !== "number" || read.value < 0) return { ok: false, expected: readerWords((r) => r.expect.percentage) };
  if (read.percentSign) return { ok: true, value: read.value };
  if (hasPercentFormat(format)) return { ok: true, value: times100(read.value) };
  if (read.value > 0 && read.value <= 1) return { ok: true, value: times100(read.value), scaledFrom: read.value };
  return { ok: true, value: read.value };
}

function readValue(def: SettingDef, row: DataRow<SettingField>): ValueRead {
  const raw = row.value("value");
  if (def.kind === "text") return { ok: true, value: cellText(raw) ?? "" };
  if (def.kind === "decreaseMethod") {
    const method = parseDecreaseMethod(cellText(raw) ?? "");
    return method ? { ok: true, value: method } : { ok: false, expected: readerWords((r) => r.expect.decreaseMethod) };
  }
  const read = readNumber(raw);
  if (def.kind === "percent") return percentPoints(read, row.format("value"));
  const value = read.kind === "number" ? read.value : NaN;
  switch (def.kind) {
    case "year":
      return Number.isInteger(value) && value >= 1900 && value <= 2200 ? { ok: true, value } : { ok: false, expected: readerWords((r) => r.expect.year) };
    case "count":
      return Number.isInteger(value) && value >= 0 ? { ok: true, value } : { ok: false, expected: readerWords((r) => r.expect.count) };
    default:
      return value >= 0 ? { ok: true, value } : { ok: false, expected: readerWords((r) => r.expect.nonNegative) };
  }
}

/**
 * Cấu hình: Tham số | Giá trị rows merged over the defaults. Read first, because the other sheets'
 * defaults (points per target of the default criterion) depend on it. Empty values keep the default.
 */
export function readSettings(sheet: SheetGrid | null): { settings: Settings; issues: Issue[]; broken: boolean } {
  if (sheet === null) return { settings: withDefaults(), issues: [], broken: false };
  const issues: Issue[] = [];
  let layout = locateHeader(SETTINGS_SHEET, sheet);
  if (layout.columns.size === 0) layout = headerless(layout, sheet);
  if (layout.missing.length > 0) {
    for (const column of layout.missing) {
      const cell = columnLetter(layout.headerCol) + layout.headerRow;
      issues.push(issue("error", sheet.name, cell, "column-missing", say(sheet.name, cell, (r, lang) => r.settingsColumnMissing({ column: column.label[lang] }))));
    }
    return { settings: withDefaults(), issues, broken: true };
  }
  const found: Partial<Settings> = {};
  const seen = new Set<keyof Settings>();
  const rows = dataRows(layout, "setting", { text: textFields(SETTINGS_SHEET) });
  issues.push(...rows.issues);
  for (const row of rows.rows) {
    const name = cellText(row.value("setting"));
    const nameCell = row.address("setting");
    const def = name === null ? undefined : DEF_BY_NAME.get(labelKey(name));
    if (def === undefined) {
      issues.push(issue("error", sheet.name, nameCell, "setting-unknown", say(sheet.name, nameCell, (r, lang) => r.settingUnknown({ shown: displayValue(row.value("setting")), names: SETTING_DEFS.map((def) => def.label[lang]).join(", ") }))));
      continue;
    }
    const valueCell = row.address("value");
    if (seen.has(def.key)) {
      issues.push(issue("error", sheet.name, nameCell, "setting-invalid", say(sheet.name, nameCell, (r, lang) => r.settingTwice({ setting: def.label[lang] }))));
      continue;
    }
    seen.add(def.key);
    // A text setting (Khối) is its text, "X" included; a number setting's "-" keeps the default.
    if (def.kind === "text" ? isBlankCell(row.value("value")) : isNoValueCell(row.value("value"))) continue;
    const read = readValue(def, row);
    if (!read.ok) {
      const { expected } = read;
      issues.push(issue("error", sheet.name, valueCell, "setting-invalid", say(sheet.name, valueCell, (r, lang) => r.settingInvalid({ shown: displayValue(row.value("value")), setting: def.label[lang], expected: expected[lang] }))));
      continue;
    }
    if (read.scaledFrom !== undefined) {
      const { scaledFrom } = read;
      const value = read.value as number;
      issues.push(issue("warning", sheet.name, valueCell, "percent-normalised", say(sheet.name, valueCell, (r, lang) => r.settingPercentScaled({ setting: def.label[lang], from: formatInput(scaledFrom, lang), to: formatInput(value, lang) }))));
    }
    Object.assign(found, { [def.key]: read.value });
  }
  return { settings: withDefaults(found), issues, broken: false };
}
