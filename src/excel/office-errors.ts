import type { Localized } from "../scoring/types";
import { both } from "../scoring/format";
import { officeEn, type OfficeVocabulary } from "../scoring/vocabulary/office-en";
import { officeVi } from "../scoring/vocabulary/office-vi";

/**
 * Office errors as messages the officer can act on (office-vi.ts). Codes from OfficeExtension.ErrorCodes and
 * Excel.ErrorCodes (learn.microsoft.com "Error handling with the application-specific JavaScript APIs").
 */
const TABLES = { vi: officeVi, en: officeEn } as const;
type KnownCode = keyof OfficeVocabulary["officeCode"];

/** The code's own message, when it has one (SheetProtected says what AccessDenied says). */
function knownCode(code: string): KnownCode | null {
  if (code === "SheetProtected") return "AccessDenied";
  return Object.hasOwn(officeVi.officeCode, code) ? (code as KnownCode) : null;
}

export function describeOfficeError(error: unknown): Localized {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const known = knownCode(code);
  if (known) return both((l) => TABLES[l].officeCode[known]);
  const detail = error instanceof Error ? error.message : String(error);
  return both((l) => TABLES[l].officeUnknown({ code: code || TABLES[l].officeNoCode, detail }));
}
