import { StringItemText } from "./rich-text";
import { readXml, type XmlHandlers } from "./xml-events";
import { readXmlRegion } from "./xml-region";

/**
 * The shared strings table (xl/sharedStrings.xml): index → text, rich text flattened. Read whole, once,
 * and only when a sheet being read has a shared-string cell (files of openpyxl's write-only mode,
 * Google Sheets exports and hand-made ones may have inline strings and no table at all).
 */
export function readSharedStrings(xml: string, label: string, part: string): string[] {
  // The items by the fast scanner when it is sure of them (xml-region.ts), else the whole part by saxes, afresh.
  const fast = stringsReader();
  if (readXmlRegion(xml, "sst", fast.handlers)) return fast.strings;
  const full = stringsReader();
  readXml(xml, label, part, full.handlers);
  return full.strings;
}

function stringsReader(): { handlers: XmlHandlers; strings: string[] } {
  const strings: string[] = [];
  const item = new StringItemText();
  let inItem = false;
  const handlers: XmlHandlers = {
    open(tag) {
      if (tag.main && tag.local === "si") {
        inItem = true;
        item.take();
      } else if (inItem) item.open(tag);
    },
    close(tag) {
      if (tag.main && tag.local === "si") {
        inItem = false;
        strings.push(item.take() ?? "");
      } else if (inItem) item.close(tag);
    },
    text(text) {
      if (inItem) item.text(text);
    },
  };
  return { handlers, strings };
}
