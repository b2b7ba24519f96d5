import type { Localized } from "../../scoring/types";
import { CONTRACT_SHEET_KINDS, programSheet, type ContractSheetKind } from "./program-sheets";

/**
 * The contract's three sheets' names by kind, read from the registry (program-sheets.ts). Kept for the
 * adapters that index names by kind (src/xlsx, src/excel); new code asks program-sheets.ts directly.
 */
export const OUTPUT_SHEETS = Object.fromEntries(CONTRACT_SHEET_KINDS.map((kind) => [kind, programSheet(kind).names])) as Record<ContractSheetKind, Localized>;

export type OutputSheetKey = ContractSheetKind;
