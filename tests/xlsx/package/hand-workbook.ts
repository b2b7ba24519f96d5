import { handZip, type HandEntry, type HandZipOptions } from "./hand-zip";

/**
 * A minimal .xlsx package written by hand, part by part, to reproduce what one writer or another puts
 * in a file (prefixes, absolute targets, inline strings, no shared strings…). Defaults are Excel's.
 */
export interface HandSheet {
  name: string;
  /** The <sheetData> content, or the whole part when it starts with "<?xml" or "<worksheet"/"<x:worksheet". */
  xml: string;
  state?: "hidden" | "veryHidden";
  /** Extra entries of the sheet's relationships part (table relationships…). */
  rels?: string;
  /** Raw deflate data standing in for the part (to prove a part is never inflated). */
  deflated?: Uint8Array;
}

export interface HandWorkbook {
  sheets: HandSheet[];
  sharedStrings?: string[] | string;
  /** The <styleSheet> content (numFmts, cellXfs). */
  styles?: string;
  workbookPr?: string;
  definedNames?: string;
  /** Where the workbook part is ("xl/workbook.xml" as Excel writes). */
  workbookPart?: string;
  /** Write relationship targets as absolute part names ("/xl/worksheets/sheet1.xml"). */
  absoluteTargets?: boolean;
  extraParts?: HandEntry[];
  zip?: HandZipOptions;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

export const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function sheetPart(xml: string): string {
  if (/^(<\?xml|<(\w+:)?worksheet)/.test(xml)) return xml;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetData>${xml}</sheetData></worksheet>`;
}

const TYPES: Record<string, string> = {
  worksheets: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};

/** What every writer puts there: defaults for .rels and .xml, and an override per part of the workbook (LibreOffice loads nothing without them). */
function contentTypes(workbookPart: string, parts: string[]): string {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  const typed = parts.flatMap((part) => {
    const kind = Object.keys(TYPES).find((k) => part.includes(`${k}/`) || part.endsWith(`${k}.xml`));
    return kind === undefined || part.endsWith(".rels") ? [] : [override(part, TYPES[kind])];
  });
  return (
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    override(workbookPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml") +
    typed.join("") +
    `</Types>`
  );
}

export function handWorkbook(spec: HandWorkbook): Uint8Array {
  const workbookPart = spec.workbookPart ?? "xl/workbook.xml";
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);
  const target = (part: string) => (spec.absoluteTargets ? `/${folder}${part}` : part);
  const entries: HandEntry[] = [];
  const rels: string[] = [];
  const sheets = spec.sheets.map((sheet, i) => {
    const part = `worksheets/sheet${i + 1}.xml`;
    rels.push(`<Relationship Id="rId${i + 1}" Type="${R}/worksheet" Target="${target(part)}"/>`);
    entries.push(sheet.deflated ? { name: folder + part, deflated: sheet.deflated, size: 1 << 20, crc: 0 } : { name: folder + part, data: sheetPart(sheet.xml) });
    if (sheet.rels) entries.push({ name: `${folder}worksheets/_rels/sheet${i + 1}.xml.rels`, data: `<Relationships xmlns="${PKG}">${sheet.rels}</Relationships>` });
    return `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ""} r:id="rId${i + 1}"/>`;
  });
  if (spec.sharedStrings !== undefined) {
    const items = typeof spec.sharedStrings === "string" ? spec.sharedStrings : spec.sharedStrings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join("");
    rels.push(`<Relationship Id="rIdS" Type="${R}/sharedStrings" Target="${target("sharedStrings.xml")}"/>`);
    entries.push({ name: `${folder}sharedStrings.xml`, data: `<sst xmlns="${MAIN}">${items}</sst>` });
  }
  if (spec.styles !== undefined) {
    rels.push(`<Relationship Id="rIdY" Type="${R}/styles" Target="${target("styles.xml")}"/>`);
    entries.push({ name: `${folder}styles.xml`, data: `<styleSheet xmlns="${MAIN}">${spec.styles}</styleSheet>` });
  }
  const workbook = `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${MAIN}" xmlns:r="${R}">${spec.workbookPr ?? ""}<sheets>${sheets.join("")}</sheets>${spec.definedNames ?? ""}</workbook>`;
  const relsPart = `${folder}_rels/${workbookPart.slice(folder.length)}.rels`;
  return handZip(
    [
      { name: "[Content_Types].xml", data: contentTypes(workbookPart, [...entries.map((e) => e.name), ...(spec.extraParts ?? []).map((e) => e.name)]) },
      { name: "_rels/.rels", data: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="${spec.absoluteTargets ? "/" : ""}${workbookPart}"/></Relationships>` },
      { name: workbookPart, data: workbook },
      { name: relsPart, data: `<Relationships xmlns="${PKG}">${rels.join("")}</Relationships>` },
      ...entries,
      ...(spec.extraParts ?? []),
    ],
    spec.zip,
  );
}
