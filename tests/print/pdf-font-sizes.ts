import { constants, inflateSync } from "node:zlib";

/**
 * The font sizes a PDF's pages set (the operand of every `Tf`), page by page, read from the PDF itself:
 * LibreOffice writes the size it prints at (a sheet scaled to fit shows 11 pt × scale), without text
 * matrices that scale it further. Enough of PDF for LibreOffice's output: plain objects, Flate streams.
 */
export function fontSizesByPage(pdf: Buffer): number[][] {
  const text = pdf.toString("latin1");
  const objects = new Map<number, { dict: string; start: number }>();
  for (const m of text.matchAll(/(\d+) 0 obj\b/g)) objects.set(Number(m[1]), { dict: "", start: m.index + m[0].length });
  for (const [id, o] of objects) {
    const end = text.indexOf("endobj", o.start);
    o.dict = text.slice(o.start, end < 0 ? undefined : end);
    objects.set(id, o);
  }
  const refs = (s: string): number[] => [...s.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  const root = [...objects.entries()].find(([, o]) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent\b/.test(o.dict));
  if (!root) throw new Error("no page tree in the PDF");
  const pages: number[] = [];
  const walk = (id: number): void => {
    const dict = objects.get(id)?.dict ?? "";
    if (/\/Type\s*\/Pages\b/.test(dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict);
      for (const kid of refs(kids?.[1] ?? "")) walk(kid);
    } else pages.push(id);
  };
  walk(root[0]);
  return pages.map((page) => {
    const dict = objects.get(page)!.dict;
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(dict)?.[1] ?? "";
    return refs(contents).flatMap((id) => [...streamText(pdf, objects.get(id)!.start).matchAll(/([\d.]+)\s+Tf\b/g)].map((m) => Number(m[1])));
  });
}

function streamText(pdf: Buffer, from: number): string {
  const head = pdf.toString("latin1", from, from + 4096);
  const at = head.indexOf("stream");
  let start = from + at + "stream".length;
  if (pdf[start] === 0x0d) start++;
  if (pdf[start] === 0x0a) start++;
  // The end of the data: "endstream" (the Length may be an indirect object); a trailing end of line is ignored by inflate.
  const raw = pdf.subarray(start, pdf.indexOf("endstream", start));
  const flate = /\/FlateDecode/.test(head.slice(0, at));
  return (flate ? inflateSync(raw, { finishFlush: constants.Z_SYNC_FLUSH }) : raw).toString("latin1");
}
