/**
 * Comparison keys for text the officer typed, all built on the one normalisation, textKey (case,
 * accents, Unicode form and spaces ignored), which lives in the scoring core because its join keys
 * need it too. Every lookup of a sheet name, header, word or code goes through these keys.
 */
import { textKey } from "../../scoring/text";

export { textKey };

/** textKey without any space: codes such as "CT 01" and "ct01" are the same unit. */
export function compactKey(text: string): string {
  return textKey(text).replace(/ /g, "");
}

/**
 * Key of a header or sheet name: textKey without bracketed remarks, digits and punctuation, so
 * "Kế hoạch năm 2018 (tỷ đồng)" and "Kế hoạch năm" match, and "Mã ĐV *" matches "Mã ĐV".
 */
export function labelKey(text: string): string {
  return textKey(text)
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/[^a-z ]+/g, " ")
    .replace(/ +/g, " ")
    .trim();
}
