import type { TableSpec } from "./sheet-xml";
import { xmlAttribute } from "./xml-text";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const TABLE_STYLE = "TableStyleMedium2";

/** The table part over a program sheet's header and data rows, banded, with filter buttons. */
export function tableXml(spec: TableSpec, id: number, name: string): string {
  const columns = spec.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${xmlAttribute(c)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="${MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${spec.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${spec.ref}"/><tableColumns count="${spec.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
