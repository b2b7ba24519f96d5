export type Align = "left" | "right";

/** Characters as shown in a terminal: NFC, so "ế" typed as e + two combining marks counts once. */
export function displayWidth(text: string): number {
  return [...text.normalize("NFC")].length;
}

function pad(text: string, width: number, align: Align): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

/** A plain aligned table: header, a rule, rows; columns separated by two spaces, no trailing spaces. */
export function textTable(headers: string[], rows: string[][], align: Align[]): string {
  const nfc = (cells: string[]) => cells.map((c) => c.normalize("NFC"));
  const all = [nfc(headers), ...rows.map(nfc)];
  const widths = headers.map((_, j) => Math.max(...all.map((r) => displayWidth(r[j] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((c, j) => (j === cells.length - 1 && align[j] !== "right" ? c : pad(c, widths[j], align[j] ?? "left")))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [line(all[0]), rule, ...all.slice(1).map(line)].join("\n") + "\n";
}
