import type { Issue } from "../../scoring/types";
import { parseAddress } from "../grid";

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
