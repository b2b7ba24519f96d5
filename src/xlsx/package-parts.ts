import { findEntry, type ZipEntry } from "./zip-reader";

/*
 * The few facts of an .xlsx package (Open Packaging Conventions) needed to find a sheet's XML part by
 * the sheet's name. Regular expressions suffice: these parts are small and machine-written.
 */

/** Sheet name → zip path of its part, from the package's relationships (never guessed from file names). */
export async function sheetParts(entries: readonly ZipEntry[], text: (path: string) => Promise<string | null>): Promise<Map<string, string>> {
  const rootRels = relationships((await text("_rels/.rels")) ?? "", "");
  const workbookPath = [...rootRels.values()].find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const workbookXml = await text(workbookPath);
  if (workbookXml === null) return new Map();
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
  const relsPath = `${folder}_rels/${workbookPath.slice(folder.length)}.rels`;
  const rels = relationships((await text(relsPath)) ?? "", folder);
  const parts = new Map<string, string>();
  for (const attributes of elements(workbookXml, "sheet")) {
    const name = attributes.get("name");
    const id = [...attributes].find(([key]) => key.endsWith(":id"))?.[1];
    const target = id === undefined ? undefined : rels.get(id)?.target;
    if (name !== undefined && target !== undefined && findEntry(entries, target)) parts.set(name, target);
  }
  return parts;
}

function relationships(xml: string, folder: string): Map<string, { type: string; target: string }> {
  const rels = new Map<string, { type: string; target: string }>();
  for (const attributes of elements(xml, "Relationship")) {
    const id = attributes.get("Id");
    const target = attributes.get("Target");
    if (id !== undefined && target !== undefined) rels.set(id, { type: attributes.get("Type") ?? "", target: resolvePart(folder, target) });
  }
  return rels;
}

/** A relationship target relative to the source part's folder ("worksheets/sheet1.xml", "../x", "/xl/…"). */
export function resolvePart(folder: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : folder + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

/** Every `localName` element (any namespace prefix) with its attributes. */
export function elements(xml: string, localName: string): Map<string, string>[] {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${localName}\\s([^>]*?)/?>`, "g");
  return [...xml.matchAll(pattern)].map((m) => attributesOf(` ${m[1]}`));
}

/** The attributes of an opening tag, text from just after its name (each attribute preceded by white space). */
export function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of text.matchAll(/\s([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes.set(m[1], decodeXml(m[2] ?? m[3] ?? ""));
  return attributes;
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return NAMED_ENTITIES[entity] ?? whole;
  });
}
