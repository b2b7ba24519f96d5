import { delimiter, join } from "node:path";
import { findOnPath, missingToolsMessage } from "../print/print-tools";

/** A PATH of two folders and the set of files that "exist" in them. */
const PATH = ["/opt/lo/bin", "/usr/bin"].join(delimiter);
const having = (...files: string[]) => (file: string) => files.includes(file);

describe("the print suite's tools (npm run test:print)", () => {
  it("finds a program in the first folder of PATH that has it", () => {
    const exists = having(join("/usr/bin", "soffice"), join("/opt/lo/bin", "soffice"));
    expect(findOnPath("soffice", PATH, exists)).toBe(join("/opt/lo/bin", "soffice"));
    expect(findOnPath("pdfinfo", PATH, exists)).toBeNull();
  });

  it("says nothing when every tool is there", () => {
    const all = ["soffice", "ssconvert", "pdftotext", "pdfinfo", "pdftoppm"].map((name) => join("/usr/bin", name));
    expect(missingToolsMessage(PATH, having(...all))).toBeNull();
  });

  it("names what is missing and the packages to install when LibreOffice, Gnumeric and poppler are absent", () => {
    const message = missingToolsMessage(PATH, having());
    expect(message).toContain("soffice, ssconvert, pdftotext, pdfinfo, pdftoppm");
    expect(message).toContain("apt-get install -y --no-install-recommends libreoffice-calc gnumeric poppler-utils");
    expect(message).toContain("npm test");
  });

  it("asks only for LibreOffice when poppler and Gnumeric are there", () => {
    const poppler = ["pdftotext", "pdfinfo", "pdftoppm", "ssconvert"].map((name) => join("/usr/bin", name));
    const message = missingToolsMessage(PATH, having(...poppler));
    expect(message).toMatch(/needs soffice on PATH/);
    expect(message).not.toContain("poppler-utils");
    expect(message).not.toContain("gnumeric");
  });
});

describe("npm test leaves the print suite out, npm run test:print takes all of tests/print", () => {
  /* eslint-disable @typescript-eslint/no-require-imports -- the Jest configs are CommonJS files */
  const main = require("../../jest.config.js") as { testPathIgnorePatterns: string[] };
  const print = require("../../jest.print.config.js") as { roots: string[]; testPathIgnorePatterns: string[]; globalSetup: string };
  /* eslint-enable @typescript-eslint/no-require-imports */

  it("ignores tests/print/ in the default run", () => {
    expect(main.testPathIgnorePatterns).toContain("/tests/print/");
  });

  it("runs tests/print/ with the tool check first", () => {
    expect(print.roots).toEqual(["<rootDir>/tests/print"]);
    expect(print.testPathIgnorePatterns.some((p) => p.includes("print"))).toBe(false);
    expect(print.globalSetup).toBe("<rootDir>/tests/print/require-print-tools.ts");
  });
});
