/** "khoi-17.xlsx" → "khoi-17-xep-hang.xlsx", the command line's default output name (src/cli/run.ts). */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "ket-qua";
  return `${base}-xep-hang.xlsx`;
}
