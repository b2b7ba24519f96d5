import type { BlocResult, Lang } from "../../scoring/types";
import { orderIssues } from "./issue-order";
import { CHECKS_HEADERS, NO_PROBLEMS, SEVERITY_LABELS, TITLES } from "./labels";
import { programSheetName, programTableName } from "../output-sheets/program-sheets";
import type { OutputValue, RenderedSheet } from "./output-types";
import { buildSheet, column } from "./render-sheet";
import { calculatedAtLine, titleLine } from "./render-title";

export { orderIssues };

export const CHECKS_TABLE_NAME = programTableName("checks");

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
    name: programSheetName("checks"),
    tableName: CHECKS_TABLE_NAME,
    titleLines: [titleLine(TITLES.checks, result, lang), calculatedAtLine(options.now, lang)],
    columns: [column("text", h.severity[lang]), column("text", h.sheet[lang]), column("text", h.cell[lang]), column("wrapped", h.message[lang])],
    rows,
  });
}
