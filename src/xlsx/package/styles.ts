import { readXml } from "./xml-events";

/**
 * The number format of each cell style (the s="…" of a cell is an index into <cellXfs>), and whether it
 * shows a date: a number in a date-formatted cell is read as a Date, as Excel shows it.
 */
export interface CellFormats {
  /** Format code of cellXfs[index] ("General" for an unknown index or format). */
  formatOf(index: number): string;
  isDate(index: number): boolean;
}

/** ECMA-376 Part 1, 18.8.30: the formats every workbook has without declaring them. */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * Ids 27–36 and 50–58 are East Asian date formats whose code depends on the reader's locale (the file
 * declares none): they show dates, so they read as one ("m/d/yy" stands for the locale's pattern).
 */
function builtInFormat(id: number): string | undefined {
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return "m/d/yy";
  return BUILT_IN[id];
}

/**
 * A format code shows a date or time when a date/time token (y m d h s, b for the Buddhist year) stands
 * outside quoted text, [colour]/[$-locale] brackets and escaped or padding characters (\d, _), *-):
 * "0.0 \"đ\"" is no date, "dd/mm/yyyy" and "[$-42A]h:mm" are. Elapsed time "[h]:mm" counts as a date
 * (a time of day is a fraction of a day: read as Excel's Date, as before).
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(?:h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  // "General" has no date letter; "@" (text) neither; the e of 0.00E+00 is no date token.
  return /[ymdhsb]/i.test(bare.replace(/General/gi, "").replace(/E[+-]/g, ""));
}

export function readCellFormats(xml: string | null, label: string, part: string): CellFormats {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  if (xml !== null) {
    readXml(xml, label, part, {
      open(tag) {
        if (!tag.main) return;
        if (tag.local === "numFmt") {
          const id = Number(tag.attr("numFmtId"));
          const code = tag.attr("formatCode");
          if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
        } else if (tag.local === "cellXfs") inCellXfs = true;
        else if (tag.local === "xf" && inCellXfs) xfFormats.push(Number(tag.attr("numFmtId") ?? 0));
      },
      close(tag) {
        if (tag.main && tag.local === "cellXfs") inCellXfs = false;
      },
    });
  }
  // A file's own <numFmt> wins over the built-in code of the same id (some writers restate them).
  const codes = xfFormats.map((id) => custom.get(id) ?? builtInFormat(id) ?? "General");
  const dates = codes.map(isDateFormat);
  return {
    formatOf: (index) => codes[index] ?? "General",
    isDate: (index) => dates[index] ?? false,
  };
}
