import { xmlAttribute } from "./xml-text";

const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** English Metric Units per pixel at 96 dpi. */
const EMU_PER_PIXEL = 9525;

/**
 * A drawing holding one picture anchored at a cell (0-based row and column) at its own pixel size,
 * moving with the cells but keeping its size: the chart picture under the Biểu đồ table.
 */
export function pictureDrawingXml(picture: { row: number; col: number; width: number; height: number; imageRelId: string; description: string }): string {
  const cx = Math.round(picture.width * EMU_PER_PIXEL);
  const cy = Math.round(picture.height * EMU_PER_PIXEL);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">` +
    `<xdr:oneCellAnchor><xdr:from><xdr:col>${picture.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${picture.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${cx}" cy="${cy}"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Picture 1" descr="${xmlAttribute(picture.description)}"/>` +
    `<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip xmlns:r="${R}" r:embed="${picture.imageRelId}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
    `</xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`
  );
}
