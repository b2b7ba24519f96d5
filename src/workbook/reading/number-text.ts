/**
 * Numbers typed as text. Vietnamese workbooks write "9.450" (nine thousand four hundred fifty) and
 * "97,85", English ones "9,450" and "97.85"; both appear in one column. The separator that comes
 * last is the decimal one when both appear; a lone separator is Vietnamese unless the digits after
 * it cannot be a thousands group. "1.234" stays ambiguous: read as 1234 (the Vietnamese reading,
 * as the contract says) and flagged so the officer checks it.
 */

export interface ParsedNumberText {
  value: number;
  /** True when another reading was plausible (e.g. "1.234" could be 1,234 in English). */
  ambiguous: boolean;
}

const PLAIN_DIGITS = /^\d+$/;
const DOT_GROUPED = /^\d{1,3}(\.\d{3})+$/;
const COMMA_GROUPED = /^\d{1,3}(,\d{3})+$/;
const GROUPED = (sep: string) => (sep === "." ? DOT_GROUPED : COMMA_GROUPED);

/** Digits with at most '.', ',' and spaces between them (sign and unit already removed); null when malformed. */
export function parseNumberText(digits: string): ParsedNumberText | null {
  if (PLAIN_DIGITS.test(digits)) return { value: Number(digits), ambiguous: false };
  const text = !/[\s\u00a0\u202f]/.test(digits) ? digits : digits.replace(/[\s\u00a0\u202f]/g, (space, offset: number, whole: string) =>
    // A space only separates thousands ("1 234,5"); anywhere else it makes the text unreadable.
    /^\d{3}(\D|$)/.test(whole.slice(offset + 1)) ? "" : space,
  );
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return null;
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalSep = lastDot > lastComma ? "." : ",";
    const groupSep = decimalSep === "." ? "," : ".";
    const cut = Math.max(lastDot, lastComma);
    const intPart = text.slice(0, cut);
    const frac = text.slice(cut + 1);
    if (frac.includes(groupSep) || !GROUPED(groupSep).test(intPart) || !/^\d+$/.test(frac)) return null;
    return { value: Number(intPart.split(groupSep).join("") + "." + frac), ambiguous: false };
  }
  const sep = lastDot >= 0 ? "." : lastComma >= 0 ? "," : null;
  if (sep === null) return { value: Number(text), ambiguous: false };
  const parts = text.split(sep);
  if (parts.length > 2) {
    if (!GROUPED(sep).test(text)) return null;
    return { value: Number(parts.join("")), ambiguous: false };
  }
  const [intPart, frac] = parts;
  const couldBeGroup = frac.length === 3 && /^[1-9]\d{0,2}$/.test(intPart);
  if (sep === ".") {
    if (!couldBeGroup) return { value: Number(intPart + "." + frac), ambiguous: false };
    // "9.450": nobody writes 9.45 with a trailing zero, so it is a thousands group; "1.234" is not so sure.
    return { value: Number(intPart + frac), ambiguous: !frac.endsWith("0") };
  }
  // A lone comma is the Vietnamese decimal comma ("97,85"); "1,234" might be English thousands.
  return { value: Number(intPart + "." + frac), ambiguous: couldBeGroup };
}
