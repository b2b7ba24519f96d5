import { sameSheetName } from "./sheet-names";

/**
 * Queue (no sync) the replacement of sheets in one batch: old sheets are renamed out of the way,
 * new ones added, old ones deleted last. Deleting first would fail when the old sheets are the only
 * visible ones (Excel keeps at least one visible sheet) and would lose them if the batch failed midway.
 */
export function queueReplaceSheets(
  context: Excel.RequestContext,
  replace: readonly string[],
  add: readonly string[],
): Map<string, Excel.Worksheet> {
  const stamp = Date.now().toString(36).slice(-5);
  const old = replace.map((name, i) => {
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.name = `~ktd-old-${stamp}-${i}`;
    return sheet;
  });
  const added = new Map<string, Excel.Worksheet>();
  for (const name of add) added.set(name, context.workbook.worksheets.add(name));
  for (const sheet of old) sheet.delete();
  return added;
}

/** The existing sheets a new set of names replaces (Excel compares names case-insensitively). */
export function sheetsToReplace(existing: readonly string[], names: readonly string[]): string[] {
  return existing.filter((e) => names.some((n) => sameSheetName(e, n)));
}
