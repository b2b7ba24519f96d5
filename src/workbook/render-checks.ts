import type { BlocResult, Issue, Lang } from "../scoring/types";
import { parseAddress } from "./grid";
import { CHECKS_HEADERS, NO_PROBLEMS, SEVERITY_LABELS, TITLES } from "./labels";
import { OUTPUT_SHEETS } from "./output-names";
import type { OutputValue, RenderedSheet } from "./output-types";
import { buildSheet } from "./render-sheet";
import { calculatedAtLine, titleLine } from "./render-title";

export const CHECKS_TABLE_NAME = "tblKiemTra";

/** The Kiểm tra sheet: errors first, then warnings; a single "Không có lỗi" row when clean. */
export function renderChecks(result: BlocResult, options: { lang: Lang; now: Date }): RenderedSheet {
  const { lang } = options;
  const h = CHECKS_HEADERS;
  const issues = orderIssues(result.issues);
  const rows: OutputValue[][] =
    issues.length === 0
      ? [[null, null, null, NO_PROBLEMS[lang]]]
      : issues.map((i) => [SEVERITY_LABELS[i.severity][lang], i.sheet, i.cell === "" ? null : i.cell, i.message[lang]]);
  return buildSheet({
    name: OUTPUT_SHEETS.checks.vi,
    tableName: CHECKS_TABLE_NAME,
    titleLines: [titleLine(TITLES.checks, result, lang), calculatedAtLine(options.now, lang)],
    columns: [
      { header: h.severity[lang], format: "General" },
      { header: h.sheet[lang], format: "General" },
      { header: h.cell[lang], format: "General" },
      { header: h.message[lang], format: "General", wrap: true },
    ],
    rows,
  });
}

/**
 * Errors before warnings; within each, workbook order: sheets in the order the reader met them
 * (first appearance in the issue list), then by row and column, whole-sheet issues (no cell) first.
 * Sorting by row number, not by address text, keeps H10 after H9.
 */
export function orderIssues(issues: readonly Issue[]): Issue[] {
  const sheetOrder = new Map<string, number>();
  for (const i of issues) if (!sheetOrder.has(i.sheet)) sheetOrder.set(i.sheet, sheetOrder.size);
  const position = (i: Issue) => parseAddress(i.cell) ?? { row: 0, col: 0 };
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => {
      const sev = severityRank(a.issue) - severityRank(b.issue);
      if (sev !== 0) return sev;
      const sheet = (sheetOrder.get(a.issue.sheet) ?? 0) - (sheetOrder.get(b.issue.sheet) ?? 0);
      if (sheet !== 0) return sheet;
      const pa = position(a.issue);
      const pb = position(b.issue);
      return pa.row - pb.row || pa.col - pb.col || a.index - b.index;
    })
    .map((x) => x.issue);
}

function severityRank(issue: Issue): number {
  return issue.severity === "error" ? 0 : 1;
}
