import { compactKey, textKey } from "./text-key";

/** Key of a criterion code: "Tiêu chí 1", "TC 1", "tc1" and 1 are all criterion "1". */
export function criterionKey(code: string): string {
  return textKey(code).replace(/^(tieu chi|tc|criterion)\s*\.?\s*(?=\d)/, "").replace(/ /g, "");
}

/**
 * Joins codes typed in other sheets to the members (or criteria) by code, never by position:
 * " ct", "CT", "C T" and the NFD spelling all find the member "CT" and are rewritten to its
 * spelling. Unknown codes are kept as typed for the scoring core to report.
 */
export class CodeIndex {
  private readonly byKey = new Map<string, string>();

  constructor(private readonly keyOf: (code: string) => string = compactKey) {}

  /** Adds a code; false when a code with the same key is already there (a duplicate). */
  add(code: string): boolean {
    const key = this.keyOf(code);
    if (this.byKey.has(key)) return false;
    this.byKey.set(key, code);
    return true;
  }

  get size(): number {
    return this.byKey.size;
  }

  has(code: string): boolean {
    return this.byKey.has(this.keyOf(code));
  }

  /** The registered spelling, or the code as typed when unknown. */
  resolve(code: string): string {
    return this.byKey.get(this.keyOf(code)) ?? code;
  }
}
