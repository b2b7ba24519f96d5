import { SaxesParser } from "saxes";
import { localName } from "./xml-tree";

/**
 * True when the calculation chain (xl/calcChain.xml) lists a cell of one of these sheets (by sheetId).
 * Each `<c>` names its sheet in `i`, or inherits the previous cell's; an unreadable chain counts as
 * mentioning them (it is only a cache: dropping it is always safe, keeping a wrong one is not).
 */
export function calcChainMentions(xml: string, sheetIds: ReadonlySet<number>): boolean {
  if (sheetIds.size === 0) return false;
  const parser = new SaxesParser({ position: false });
  let current = 0;
  let found = false;
  parser.on("opentag", (tag) => {
    if (localName(tag.name) !== "c") return;
    const i = (tag.attributes as Record<string, string>).i;
    if (i !== undefined) current = Number(i);
    if (sheetIds.has(current)) {
      found = true;
      throw FOUND;
    }
  });
  try {
    parser.write(xml).close();
  } catch {
    // Found, or unreadable: either way the chain goes.
    return true;
  }
  return found;
}

const FOUND = new Error("found");
