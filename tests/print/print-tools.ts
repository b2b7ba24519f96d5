/**
 * The programs the print suite (`npm run test:print`) drives: LibreOffice turns a workbook into PDF,
 * poppler reads the PDF back, LibreOffice and Gnumeric re-save the contract's workbooks (resaved-now.test.ts). They are looked up on PATH, so the suite runs wherever they are installed
 * (Debian: /usr/bin; elsewhere wherever the package put them).
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** Each program the print tests run, and the Debian package that provides it. */
export const PRINT_TOOLS: Record<string, string> = {
  soffice: "libreoffice-calc",
  ssconvert: "gnumeric",
  pdftotext: "poppler-utils",
  pdfinfo: "poppler-utils",
  pdftoppm: "poppler-utils",
};

/** Full path of `name` on `path` (PATH's format), or null when no folder on it has that program. */
export function findOnPath(name: string, path = process.env.PATH ?? "", exists = isExecutable): string | null {
  for (const folder of path.split(delimiter)) {
    if (folder === "") continue;
    const candidate = join(folder, name);
    if (exists(candidate)) return candidate;
  }
  return null;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * null when every print tool is on `path`; otherwise the message that says which are missing and what
 * to install — the print suite must fail with it, never pass without having printed anything.
 */
export function missingToolsMessage(path = process.env.PATH ?? "", exists = isExecutable): string | null {
  const missing = Object.keys(PRINT_TOOLS).filter((name) => findOnPath(name, path, exists) === null);
  if (missing.length === 0) return null;
  const packages = [...new Set(missing.map((name) => PRINT_TOOLS[name]))];
  return (
    `npm run test:print needs ${missing.join(", ")} on PATH, which this machine does not have. ` +
    `Install them (Debian/Ubuntu: sudo apt-get install -y --no-install-recommends ${packages.join(" ")}) and run it again. ` +
    `The rest of the tests need none of them: npm test.`
  );
}

/** Path of a print tool, or an error with the same advice (for a tool that vanished after the setup check). */
export function printTool(name: keyof typeof PRINT_TOOLS): string {
  const found = findOnPath(name);
  if (found === null) throw new Error(missingToolsMessage() ?? `${name} is not on PATH`);
  return found;
}
