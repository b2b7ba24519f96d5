import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { SAMPLE_PATH } from "./helpers";

export const CHART_SHEET_NAME = "Biểu đồ của tôi";

/**
 * The bundled sample with a chart sheet of the officer's (a tab that is only a chart), which ExcelJS can
 * neither load nor write: the downloaded copy lacks it, the opened file keeps it. Patched in the zip, as
 * Excel saves one (tests/contract-files/file-kinds.test.ts does the same for the command line).
 */
export async function sampleWithChartSheet(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE_PATH));
  const edit = async (path: string, from: string, to: string) => {
    const text = await zip.file(path)!.async("string");
    if (!text.includes(from)) throw new Error(`${path} has no ${from}`);
    zip.file(path, text.replace(from, to));
  };
  await edit("[Content_Types].xml", "</Types>", '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>');
  await edit("xl/_rels/workbook.xml.rels", "</Relationships>", '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>');
  await edit("xl/workbook.xml", "</sheets>", `<sheet name="${CHART_SHEET_NAME}" sheetId="99" r:id="rIdChart1"/></sheets>`);
  zip.file(
    "xl/chartsheets/sheet1.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>',
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
