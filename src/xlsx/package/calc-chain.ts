import { scanXml } from "./xml-events";

/**
 * True when the calculation chain (xl/calcChain.xml) lists a cell of one of these sheets (by sheetId).
 * Each `<c>` names its sheet in `i`, or inherits the previous cell's; an unreadable chain counts as
 * mentioning them (it is only a cache: dropping it is always safe, keeping a wrong one is not).
 */
export function calcChainMentions(xml: string, sheetIds: ReadonlySet<number>): boolean {
  if (sheetIds.size === 0) return false;
  let current = 0;
  const outcome = scanXml(xml, {
    open(local, attributes) {
      if (local !== "c") return false;
      if (attributes.i !== undefined) current = Number(attributes.i);
      return sheetIds.has(current);
    },
  });
  // Found, or unreadable: either way the chain goes.
  return outcome !== "ended";
}
