import type ExcelJS from "exceljs";

type Style = Partial<ExcelJS.Style>;

/**
 * One style object per distinct combination of number format, font, border and alignment, for the cells
 * of the sheets the program writes. The parts are the writer's constants, so they are told apart by
 * identity. Cells share these objects: change a cell's style by assigning a new object, never in place.
 */
export class SheetStyles {
  private readonly parts = new Map<unknown, number>();
  private readonly styles = new Map<string, Style>();

  of(numFmt: string | undefined, font: Partial<ExcelJS.Font> | undefined, border: Partial<ExcelJS.Borders> | undefined, alignment: Partial<ExcelJS.Alignment> | undefined): Style {
    const key = `${this.id(numFmt)},${this.id(font)},${this.id(border)},${this.id(alignment)}`;
    let style = this.styles.get(key);
    if (style === undefined) {
      style = {};
      // Only the parts a cell has: ExcelJS writes an empty font or alignment as a style of its own.
      if (numFmt !== undefined) style.numFmt = numFmt;
      if (font !== undefined) style.font = font;
      if (border !== undefined) style.border = border;
      if (alignment !== undefined) style.alignment = alignment;
      this.styles.set(key, style);
    }
    return style;
  }

  private id(part: unknown): number {
    if (part === undefined) return 0;
    let id = this.parts.get(part);
    if (id === undefined) {
      id = this.parts.size + 1;
      this.parts.set(part, id);
    }
    return id;
  }
}
