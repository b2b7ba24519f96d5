import type { Issue } from "../scoring/types";

/** Lỗi before Cảnh báo, otherwise in the order found (which follows the sheets and rows). */
export function sortProblems(issues: readonly Issue[]): Issue[] {
  return [...issues.filter((i) => i.severity === "error"), ...issues.filter((i) => i.severity !== "error")];
}

/** "Chỉ tiêu!H7", or just the sheet when the problem is a whole sheet. */
export function issuePlace(issue: Issue): string {
  return issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
}
