/**
 * The contract's cases (tests/contract-files/resave-cases.ts) and the Khối 17 sample, written afresh,
 * opened and saved by this machine's LibreOffice Calc and Gnumeric, give the same answers as the
 * originals: the same sheets, units, ranks, points, awards and issues at the same cells. `npm test`
 * checks committed copies of the same (tests/contract-files/resaved.test.ts); this suite catches a
 * newer LibreOffice or Gnumeric writing something the reader does not yet read.
 */
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { answersOf, resaveWithGnumeric, resaveWithLibreOffice, SAMPLE, writeOriginals } from "../contract-files/resave-cases";

jest.setTimeout(300_000);

const answers = (file: string) => answersOf(readFileSync(file), basename(file));

describe("re-saved now by LibreOffice Calc and by Gnumeric", () => {
  let originals: string[] = [];
  let copies: Record<string, string[]> = {};

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "resaved-now-"));
    originals = await writeOriginals(join(dir, "originals"));
    const sample = join(dir, "originals", "khoi-17.xlsx");
    copyFileSync(SAMPLE, sample);
    originals.push(sample);
    copies = {
      libreoffice: await resaveWithLibreOffice(originals, join(dir, "libreoffice"), join(dir, "profile")),
      gnumeric: await resaveWithGnumeric(originals, join(dir, "gnumeric")),
    };
  });

  it.each(["libreoffice", "gnumeric"])("every case saved by %s gives the original's answers", (writer) => {
    expect(originals.length).toBeGreaterThan(5);
    originals.forEach((original, i) => {
      const copy = copies[writer][i];
      expect({ file: basename(copy), ...answers(copy) }).toEqual({ file: basename(original), ...answers(original) });
    });
  });
});
