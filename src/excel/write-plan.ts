import type { OutputValue, RenderedSheet } from "../workbook/rendering/output-types";

/**
 * Splitting output writes into requests that fit Excel on the web's 5 MB request limit
 * (RequestPayloadSizeLimitExceeded; learn.microsoft.com "Resource limits and performance optimization
 * for Office Add-ins"). Pure: sizes are estimated from the JSON the values and formats serialise to.
 */
export const DEFAULT_WRITE_BUDGET_BYTES = 4 * 1024 * 1024;

/** Room left in every request for the small commands (sheet add/delete, widths, table, layout). */
export function reserveBytes(budget: number): number {
  return Math.min(64 * 1024, Math.floor(budget / 4));
}

/** Rows [start, end) of one output sheet, written as one 2-D range. */
export interface RowBlock {
  sheet: number;
  start: number;
  end: number;
}

/** One request (one sync) worth of row blocks. */
export type Chunk = RowBlock[];

/** UTF-8 bytes of a value's JSON (what travels to Excel). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function rowBytes(values: OutputValue[], formats: string[]): number {
  return jsonBytes(values) + jsonBytes(formats) + 2;
}

/** Envelope of one range write (getRange + numberFormat + values commands). */
const BLOCK_OVERHEAD_BYTES = 300;

/**
 * Greedy packing in sheet order: a chunk takes whole rows until the next row would pass the budget.
 * A sheet spanning chunks is written as several row blocks. Every chunk holds at least one row, so a
 * single row larger than the budget still goes out (alone) rather than looping forever.
 */
export function planChunks(sheets: readonly RenderedSheet[], budgetBytes: number = DEFAULT_WRITE_BUDGET_BYTES): Chunk[] {
  const limit = Math.max(1, budgetBytes - reserveBytes(budgetBytes));
  const chunks: Chunk[] = [];
  let current: Chunk = [];
  let used = 0;
  sheets.forEach((sheet, index) => {
    let block: RowBlock | null = null;
    sheet.values.forEach((row, r) => {
      const size = rowBytes(row, sheet.numberFormats[r] ?? []);
      const extra = size + (block ? 0 : BLOCK_OVERHEAD_BYTES);
      if (used > 0 && used + extra > limit) {
        chunks.push(current);
        current = [];
        used = 0;
        block = null;
      }
      if (!block) {
        block = { sheet: index, start: r, end: r };
        current.push(block);
        used += BLOCK_OVERHEAD_BYTES;
      }
      block.end = r + 1;
      used += size;
    });
  });
  if (current.length || chunks.length === 0) chunks.push(current);
  return chunks;
}
