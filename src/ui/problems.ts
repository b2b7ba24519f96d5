import type { Issue } from "../scoring/types";

/** The same order as the Kiểm tra sheet and the command line: Lỗi before Cảnh báo, then sheet, row, column. */
export { orderIssues as sortProblems } from "../workbook/rendering/issue-order";

/** "Chỉ tiêu!H7", or just the sheet when the problem is a whole sheet. */
export function issuePlace(issue: Issue): string {
  return issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
}
