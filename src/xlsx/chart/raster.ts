/** An RGBA pixel canvas with the few primitives a bar chart needs: rectangles and digit labels. */
export class Raster {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background = "#FFFFFF",
  ) {
    this.pixels = new Uint8Array(width * height * 4);
    this.fillRect(0, 0, width, height, background);
  }

  /** Clipped to the canvas; fractional edges are rounded to whole pixels. */
  fillRect(x: number, y: number, w: number, h: number, color: string): void {
    const [r, g, b] = parseColor(color);
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    if (x1 <= x0 || y1 <= y0) return;
    // The first row pixel by pixel, the others copied from it (the background alone is a million pixels).
    const first = (y0 * this.width + x0) * 4;
    const end = first + (x1 - x0) * 4;
    for (let i = first; i < end; i += 4) {
      this.pixels[i] = r;
      this.pixels[i + 1] = g;
      this.pixels[i + 2] = b;
      this.pixels[i + 3] = 255;
    }
    for (let yy = y0 + 1; yy < y1; yy++) this.pixels.copyWithin((yy * this.width + x0) * 4, first, end);
  }

  /** A horizontal dashed line `thickness` pixels high. */
  dashedLine(x: number, y: number, length: number, thickness: number, dash: number, color: string): void {
    for (let d = 0; d < length; d += dash * 2) this.fillRect(x + d, y, Math.min(dash, length - d), thickness, color);
  }

  /** Draws text of GLYPHS characters; returns the width drawn. `anchor` is where x lies. */
  text(text: string, x: number, y: number, scale: number, color: string, anchor: "left" | "center" | "right" = "left"): number {
    const width = textWidth(text, scale);
    let cx = anchor === "left" ? x : anchor === "center" ? x - width / 2 : x - width;
    for (const ch of text) {
      const glyph = GLYPHS[ch];
      if (glyph) {
        glyph.forEach((row, gy) => {
          for (let gx = 0; gx < row.length; gx++) if (row[gx] === "#") this.fillRect(cx + gx * scale, y + gy * scale, scale, scale, color);
        });
      }
      cx += (GLYPH_WIDTH + 1) * scale;
    }
    return width;
  }

  getPixel(x: number, y: number): [number, number, number, number] {
    const i = (y * this.width + x) * 4;
    return [this.pixels[i], this.pixels[i + 1], this.pixels[i + 2], this.pixels[i + 3]];
  }
}

export const GLYPH_WIDTH = 5;
export const GLYPH_HEIGHT = 7;

export function textWidth(text: string, scale: number): number {
  const n = [...text].length;
  return n === 0 ? 0 : (n * (GLYPH_WIDTH + 1) - 1) * scale;
}

export function parseColor(color: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m) throw new RangeError(`Not a #RRGGBB colour: ${color}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** 5×7 digits and the signs numbers need; the chart's words live in the sheet beside it, in either language. */
const GLYPHS: Record<string, string[]> = {
  "0": [" ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### "],
  "1": ["  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "],
  "2": [" ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####"],
  "3": ["#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### "],
  "4": ["   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # "],
  "5": ["#####", "#    ", "#### ", "    #", "    #", "#   #", " ### "],
  "6": ["  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### "],
  "7": ["#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   "],
  "8": [" ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### "],
  "9": [" ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  "],
  ",": ["     ", "     ", "     ", "     ", "  ## ", "   # ", "  #  "],
  ".": ["     ", "     ", "     ", "     ", "     ", " ##  ", " ##  "],
  "%": ["##   ", "##  #", "   # ", "  #  ", " #   ", "#  ##", "   ##"],
  "-": ["     ", "     ", "     ", "#####", "     ", "     ", "     "],
  " ": ["     ", "     ", "     ", "     ", "     ", "     ", "     "],
};
