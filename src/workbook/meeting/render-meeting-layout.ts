import type { Lang } from "../../scoring/types";
import { columnLetter } from "../grid";
import type { MergedRange, OutputValue, RenderedSheet } from "../rendering/output-types";
import { cellFormat, GENERAL_FORMAT } from "../rendering/text-safety";

/**
 * Page layout shared by the meeting documents: centred title lines, a table, text below it and the
 * signature block of the Khối trưởng at the bottom right, as on a printed Vietnamese administrative form.
 */
export interface MeetingColumn {
  header: string;
  /** Number format of the column's numbers; text cells always get "@". */
  format: string;
  width: number;
  wrap?: boolean;
}

export interface MeetingSheetSpec {
  name: string;
  tableName: string;
  titles: string[];
  columns: MeetingColumn[];
  rows: OutputValue[][];
  /** Shown as the only table row when there are no rows. */
  emptyMessage: string;
  /** Lines between the table and the signature block. */
  remarks: string[];
  /** Wide tables print landscape; the page is always fitted to one page wide. */
  landscape: boolean;
  signature: SignatureOptions;
}

export interface SignatureOptions {
  lang: Lang;
  /** Date printed above the signature block (injected so tests are deterministic). */
  now: Date;
  /** The Khối trưởng's signatory, printed under the signing space; left blank for a handwritten name otherwise. */
  leaderName?: string;
}

/** Options of every meeting document: the language, the date to print and the signatory. */
export type MeetingOptions = SignatureOptions;

const SIGNATURE_SPAN = 4;
const SIGNING_SPACE_ROWS = 3;

export function buildMeetingSheet(spec: MeetingSheetSpec): RenderedSheet {
  const width = spec.columns.length;
  const last = columnLetter(width);
  const pad = (cells: OutputValue[]): OutputValue[] => [...cells, ...Array<OutputValue>(Math.max(0, width - cells.length)).fill(null)];
  const merges: MergedRange[] = [];
  const values: OutputValue[][] = [];
  const formats: string[][] = [];
  const push = (row: OutputValue[], columnFormats?: string[]) => {
    const padded = pad(row);
    values.push(padded);
    formats.push(padded.map((v, j) => cellFormat(v, columnFormats?.[j] ?? GENERAL_FORMAT)));
  };
  const mergeLast = (from: number, align: MergedRange["align"]) => {
    const row = values.length;
    merges.push({ range: `${columnLetter(from + 1)}${row}:${last}${row}`, align });
  };

  for (const title of spec.titles) {
    push([title]);
    mergeLast(0, "center");
  }
  push([]);
  const headerRow = values.length;
  push(spec.columns.map((c) => c.header));
  const columnFormats = spec.columns.map((c) => c.format);
  if (spec.rows.length === 0) {
    push([spec.emptyMessage]);
    mergeLast(0, "left");
  }
  for (const row of spec.rows) push(row, columnFormats);
  const tableEndRow = values.length - 1;

  push([]);
  for (const remark of spec.remarks) {
    push([remark]);
    mergeLast(0, "left");
  }
  const from = Math.max(0, width - SIGNATURE_SPAN);
  const signatureLines = signatureBlock(spec.signature);
  signatureLines.forEach((line) => {
    push([...Array<OutputValue>(from).fill(null), line]);
    if (line !== null) mergeLast(from, "center");
  });

  return {
    name: spec.name,
    values,
    numberFormats: formats,
    headerRow,
    tableName: spec.tableName,
    columnWidths: spec.columns.map((c) => c.width),
    freezeRows: 0,
    print: { landscape: spec.landscape, fitToWidth: true, printTitleRows: headerRow + 1 },
    titleRows: spec.titles.map((_, i) => i),
    wrapColumns: spec.columns.flatMap((c, j) => (c.wrap ? [j] : [])),
    merges,
    tableEndRow,
  };
}

/** Date line, "KHỐI TRƯỞNG", the signing instruction, room to sign, then the name when known. */
function signatureBlock(options: SignatureOptions): (string | null)[] {
  const vi = options.lang === "vi";
  return [
    dateLine(options.now, options.lang),
    vi ? "KHỐI TRƯỞNG" : "BLOC LEADER",
    vi ? "(Ký, ghi rõ họ tên, đóng dấu)" : "(Signature, full name and seal)",
    ...Array<null>(SIGNING_SPACE_ROWS).fill(null),
    options.leaderName?.trim() ? options.leaderName.trim() : null,
  ];
}

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * "……, ngày 05 tháng 3 năm 2025": the place is left for the officer to write. Days below 10 and the
 * months 1 and 2 take a leading zero, as Nghị định 30/2020/NĐ-CP prescribes for administrative documents.
 */
export function dateLine(now: Date, lang: Lang): string {
  const day = now.getDate();
  const month = now.getMonth() + 1;
  if (lang === "en") return `……, ${day} ${EN_MONTHS[month - 1]} ${now.getFullYear()}`;
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `……, ngày ${dd} tháng ${mm} năm ${now.getFullYear()}`;
}
