/**
 * THE comparison key for text the officer typed: the one normalisation of Vietnamese text in the
 * program. Workbooks mix NFC and NFD Vietnamese, non-breaking, zero-width and doubled spaces, upper and
 * lower case, with and without accents ("xuat sac"): every lookup of a sheet name, header, word or code
 * (the reader's, the scoring core's join keys and duplicate checks, the pane's) compares these keys.
 * Derived keys for codes and headers are in src/workbook/reading/text-key.ts.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ANY_SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Officers' words repeat thousands of times (every row's "Tăng", "tỷ đồng"): keys are memoised, in a bounded cache. */
const MEMO_LIMIT = 20000;
const memo = new Map<string, string>();

/** Lower case, accents and đ removed, spaces collapsed: "  Hoàn thành\u00a0XUẤT  sắc " → "hoan thanh xuat sac". */
export function textKey(text: string): string {
  let key = memo.get(text);
  if (key === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    key = computeTextKey(text);
    memo.set(text, key);
  }
  return key;
}

function computeTextKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(ANY_SPACE, " ")
    .trim();
}
