import { words } from "../scoring/vocabulary/words";
import type { Lang, Localized } from "../scoring/types";
import { BATCH_STATUS_LABELS, BATCH_SUMMARY_FILES, firstProblems, problemText, type BatchCounts, type BatchFileEntry } from "../workbook/batch/batch-summary";
import { TITLES } from "../workbook/rendering/labels";

/** The batch command's own sentences, in both languages. */
export const BATCH_TEXT = {
  seeHelp: { vi: "Xem hướng dẫn: npm run batch -- --help", en: "See: npm run batch -- --help" },
  noWorkbooks: (folder: string): Localized => ({
    vi: `Thư mục "${folder}" không có sổ làm việc nào (.xlsx, .xlsm). Kiểm tra lại đường dẫn.`,
    en: `The folder "${folder}" holds no workbook (.xlsx, .xlsm). Check the path.`,
  }),
  copyRenamed: (name: string, copy: string): Localized => ({
    vi: `${name}: bản đã xếp hạng ghi thành ${copy} (tên ${name} đã dùng cho một tệp kết quả khác, hoặc bản sao không còn macro nên phải là .xlsx).`,
    en: `${name}: the ranked copy is written as ${copy} (the name was taken by another output, or the copy has no macros and must be .xlsx).`,
  }),
  inputOpen: (name: string): Localized => ({
    vi: `${name}: đang mở trong Excel (có tệp khóa ~$${name}): kết quả theo bản đã lưu trên đĩa; điều gì sửa mà chưa lưu thì chưa được tính.`,
    en: `${name}: open in Excel (its lock file ~$${name} is beside it): ranked as last saved; unsaved edits are not counted.`,
  }),
  copyIsInput: (path: string): Localized => ({
    vi: `Không ghi "${path}": đó là tệp đầu vào (qua một liên kết). Tệp đầu vào không bao giờ bị ghi.`,
    en: `"${path}" not written: it is an input file (through a link). An input is never written.`,
  }),
};

/** "khoi-17.xlsx — Khối 17, năm 2018: Đã xếp hạng (12 đơn vị)" or the first problem. */
export function batchFileLine(entry: BatchFileEntry, lang: Lang): string {
  const what = [entry.bloc.trim(), entry.year === null ? "" : `${TITLES.year[lang]} ${entry.year}`].filter((s) => s !== "").join(", ");
  const status = BATCH_STATUS_LABELS[entry.status][lang];
  const head = what === "" ? `${entry.file}: ${status}` : `${entry.file} — ${what}: ${status}`;
  if (entry.status === "ranked") return `${head} (${words(lang).batchMembers({ count: entry.units.length })})`;
  const first = firstProblems(entry, 1)[0];
  return first === undefined ? head : `${head} — ${problemText(first)}`;
}

export function batchSummaryLine(counts: BatchCounts, out: string, copies: number, lang: Lang): string {
  const files = counts.ranked + counts.blocked + counts.unreadable;
  const { workbook, json } = BATCH_SUMMARY_FILES;
  return words(lang).batchSummary({ files, ranked: counts.ranked, blocked: counts.blocked, unreadable: counts.unreadable, copies, workbook, json, out });
}
