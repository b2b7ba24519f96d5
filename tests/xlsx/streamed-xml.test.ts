import ExcelJS from "exceljs";
import XmlStream from "exceljs/lib/utils/xml-stream";
import WorksheetXform from "exceljs/lib/xlsx/xform/sheet/worksheet-xform";
import { ChunkedPieces, PIECES_PER_CHUNK, renderXmlBytes } from "../../src/xlsx/streamed-xml";

/** What ExcelJS itself renders, as one string. */
function exceljsXml(render: (stream: XmlStream) => void): string {
  const stream = new XmlStream();
  render(stream);
  return stream.xml;
}

describe("renderXmlBytes", () => {
  it("gives byte for byte the XML ExcelJS builds, for a part many chunks long with rollbacks inside", () => {
    const render = (s: XmlStream) => {
      const x = s as unknown as { openXml(a: object): void; openNode(n: string, a?: object): void; leafNode(n: string, a?: object, t?: string): void; closeNode(): void; addRollback(): void; rollback(): void; commit(): void };
      x.openXml({ version: "1.0" });
      x.openNode("sheetData");
      for (let r = 1; r <= 3 * PIECES_PER_CHUNK / 10; r++) {
        x.openNode("row", { r });
        x.leafNode("c", { r: `A${r}`, t: "s" }, `Đơn vị ${r} & <${r}>`);
        // ExcelJS takes back an element it started when it turns out empty (alignment, fill, protection).
        x.addRollback();
        x.openNode("alignment", { wrapText: r % 2 });
        if (r % 3 === 0) x.rollback();
        else {
          x.closeNode();
          x.commit();
        }
        x.closeNode();
      }
    };
    const bytes = renderXmlBytes(render);
    expect(bytes.toString("utf8")).toBe(exceljsXml(render));
  });

  it("renders a real worksheet exactly as ExcelJS does", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Chi tiết điểm");
    for (let r = 1; r <= 2000; r++) {
      ws.getCell(r, 1).value = `DV${r}`;
      ws.getCell(r, 2).value = r / 7;
      ws.getCell(r, 2).alignment = { vertical: "top", wrapText: r % 2 === 0 };
    }
    ws.mergeCells("C1:D2");
    const model = (wb as unknown as { model: { worksheets: unknown[] } }).model;
    (wb.xlsx as unknown as { prepareModel(m: unknown, o: object): void }).prepareModel(model, {});
    const sheet = model.worksheets[0];
    const xform = new WorksheetXform();
    expect(renderXmlBytes((s) => xform.render(s, sheet)).toString("utf8")).toBe(exceljsXml((s) => xform.render(s, sheet)));
  });
});

describe("ChunkedPieces", () => {
  it("keeps counting pieces across chunks, never flushes while told not to, and refuses to take back written text", () => {
    let mayFlush = false;
    const pieces = new ChunkedPieces(() => mayFlush);
    for (let i = 0; i < PIECES_PER_CHUNK + 5; i++) pieces.push("x");
    expect(pieces.length).toBe(PIECES_PER_CHUNK + 5);
    // Still unflushed: a rollback to the start works.
    pieces.splice(0, PIECES_PER_CHUNK + 5);
    expect(pieces.length).toBe(0);
    mayFlush = true;
    for (let i = 0; i < PIECES_PER_CHUNK + 2; i++) pieces.push("ế");
    expect(pieces.length).toBe(PIECES_PER_CHUNK + 2);
    expect(() => pieces.splice(0, 1)).toThrow(RangeError);
    pieces.splice(PIECES_PER_CHUNK + 1, 1);
    expect(pieces.join("")).toBe("ế".repeat(PIECES_PER_CHUNK + 1));
    expect(pieces.bytes().length).toBe(Buffer.byteLength("ế") * (PIECES_PER_CHUNK + 1));
  });
});
