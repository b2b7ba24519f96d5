/**
 * Folding for comparisons the officer would call "the same": case, accents (NFC/NFD alike, đ = d),
 * non-breaking and repeated spaces are ignored. Used to spot a bonus/deduction line entered twice.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}
