import { textKey } from "./text";

const keys = new Map<string, string>();
/** Bounded: a workbook holds a few thousand codes at most; beyond that the cache just stops growing. */
const MAX_CACHED = 50_000;

/** Join key for member, criterion and group codes: rows are joined by code, tolerant of case and stray spaces. */
export function codeKey(code: string): string {
  let key = keys.get(code);
  if (key === undefined) {
    key = textKey(code);
    if (keys.size < MAX_CACHED) keys.set(code, key);
  }
  return key;
}
