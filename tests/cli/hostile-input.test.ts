import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../src/cli/run";
import { handZip, zerosDeflated } from "../xlsx/package/hand-zip";
import { sha256, tempDir } from "./cli-helpers";

function io() {
  const err: string[] = [];
  return { err, io: { stdout: () => undefined, stderr: (t: string) => void err.push(t), now: () => new Date(2025, 0, 2, 8, 30) } };
}

/**
 * A zip bomb given to the command line: a workbook whose first sheet inflates to 2 GB of zeros from 2 MB,
 * its directory lying about the size (declared 1,000 bytes) so no check on the declared size alone can
 * catch it. Refused with the limit's message naming the part, exit 1, no output written, input untouched.
 */
describe("a zip bomb on the command line", () => {
  it("is refused naming the part, and nothing is written", async () => {
    const dir = tempDir();
    const input = join(dir, "bom.xlsx");
    const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
    writeFileSync(
      input,
      handZip([
        { name: "[Content_Types].xml", data: "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
        { name: "_rels/.rels", data: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
        { name: "xl/workbook.xml", data: `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><sheets><sheet name="Chỉ tiêu" sheetId="1" r:id="rId1"/></sheets></workbook>` },
        { name: "xl/_rels/workbook.xml.rels", data: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>` },
        { name: "xl/worksheets/sheet1.xml", deflated: zerosDeflated(2048), size: 1000, crc: 0 },
      ]),
    );
    const hash = sha256(input);
    const t = io();
    expect(await runCli([input, "--out", join(dir, "ra.xlsx"), "--json", join(dir, "ra.json")], t.io)).toBe(1);
    expect(t.err.join("")).toContain('"xl/worksheets/sheet1.xml"');
    expect(t.err.join("")).toContain("bom.xlsx");
    expect(readdirSync(dir)).toEqual(["bom.xlsx"]);
    expect(existsSync(join(dir, "ra.xlsx"))).toBe(false);
    expect(sha256(input)).toBe(hash);
  });
});
