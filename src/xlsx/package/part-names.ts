/**
 * Part names of an Open Packaging Conventions package (ECMA-376 Part 2): where a part's relationships
 * live, how a relationship target resolves, and a free name for a new part. Part names are compared
 * case-insensitively, as OPC says; zip entry names carry no leading "/".
 */

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The folder of a part, with its trailing "/" ("xl/" for "xl/workbook.xml"). */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** A relationship target of `source` as a zip entry name ("worksheets/sheet1.xml", "../media/x.png", "/xl/…"). */
export function resolveTarget(source: string, target: string): string {
  const path = decodeTarget(target.split("#")[0]);
  const parts = (path.startsWith("/") ? path.slice(1) : folderOf(source) + path).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

function decodeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** The target to write in `source`'s relationships for `part`: relative, as Excel writes them. */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

export function partKey(name: string): string {
  return (name.startsWith("/") ? name.slice(1) : name).toLowerCase();
}

/** Names of parts, compared as OPC does, with the new ones the writer claims as it goes. */
export class PartNames {
  private readonly taken = new Set<string>();

  constructor(names: Iterable<string>) {
    for (const name of names) this.taken.add(partKey(name));
  }

  has(name: string): boolean {
    return this.taken.has(partKey(name));
  }

  /** The first free `${stem}${n}${extension}` from n = 1 ("xl/worksheets/sheet" + 9 + ".xml"), claimed. */
  claim(stem: string, extension: string): string {
    for (let n = 1; ; n++) {
      const name = `${stem}${n}${extension}`;
      if (!this.has(name)) {
        this.taken.add(partKey(name));
        return name;
      }
    }
  }
}
