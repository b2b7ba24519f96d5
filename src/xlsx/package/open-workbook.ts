import { calculationReadsSheet } from "../../workbook/reading/sheets-read";
import type { Crc32 } from "../crc32";
import { fileError } from "../file-errors";
import { detectFileKind } from "../file-kind";
import { readWorkbookGrid, type GridOptions, type ReadWorkbook } from "./workbook-grid";
import { openZipPackage, type InflateRaw, type ZipLimits, type ZipPackage } from "./zip-package";

export interface OpenedWorkbook extends ReadWorkbook {
  /** The package, for the writer: parts copied byte-identical (raw), the few it edits read (text). */
  pkg: ZipPackage;
}

export interface OpenOptions extends GridOptions {
  limits?: ZipLimits;
  /** A host's faster inflate (zip-package.ts); fflate's by default. */
  inflateRaw?: InflateRaw;
  /** A host's faster CRC-32 (crc32.ts's by default). */
  crc32?: Crc32;
}

/**
 * The file adapter's one entry for reading (command line, batch, web page alike; browser-safe): what
 * the bytes are, then the package and its grid, parsed once. By default only the sheets a calculation
 * reads get their cells (calculationReadsSheet); pass `wanted: () => true` for every sheet.
 *
 * Throws WorkbookFileError with a message for the officer: "empty", "xls" (old format), "encrypted"
 * (password), "not-workbook" (a text file, a .docx, a plain zip), "damaged" (a cut file, or naming the
 * broken part), "too-large" (a part inflating past the limits of zip-package.ts: a zip bomb).
 */
export function openWorkbook(bytes: Uint8Array, label: string, options: OpenOptions = {}): OpenedWorkbook {
  switch (detectFileKind(bytes)) {
    case "empty":
      throw fileError("empty", label);
    case "xls":
      throw fileError("xls", label);
    case "encrypted":
      throw fileError("encrypted", label);
    case "damaged":
      throw fileError("damaged", label);
    case "unknown":
      throw fileError("not-workbook", label);
    case "zip":
      break;
  }
  const pkg = openZipPackage(bytes, label, options.limits, options.inflateRaw, options.crc32);
  return { pkg, ...readWorkbookGrid(pkg, label, { wanted: options.wanted ?? calculationReadsSheet }) };
}
