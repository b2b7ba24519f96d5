/**
 * Row heights moved to the rendering room (src/workbook/rendering/row-heights.ts): the renderers paginate
 * the printed sheets with the same estimate the file writers apply. Re-exported for the file adapters.
 */
export { codePoints, LINE_HEIGHT, lineCount, wrappedRowHeights } from "../workbook/rendering/row-heights";
