import { partKey, relsPathOf } from "./part-names";
import { RelationshipsPart } from "./relationships";
import type { ZipPackage } from "./zip-package";

/**
 * The parts that go with sheets being removed: a sheet's part, its tables, drawing, pictures, comments,
 * printer settings… — every part reachable from the package only through those sheets. A part another
 * kept part also points to (a picture shared by two drawings, a pivot cache) stays, and so does anything
 * the input already held unreferenced (it is the officer's, whatever it is). Their .rels parts go too.
 *
 * `cut` are the workbook's relationships being removed (to the sheets), as zip entry names.
 */
export function partsOnlyReachedThrough(pkg: ZipPackage, cut: ReadonlySet<string>, label: string): Set<string> {
  const before = reachable(pkg, new Set(), label);
  const after = reachable(pkg, new Set([...cut].map(partKey)), label);
  const gone = new Set<string>();
  for (const key of before) {
    if (after.has(key)) continue;
    const entry = pkg.entry(key);
    if (entry) gone.add(entry.name);
    const rels = pkg.entry(relsPathOf(entry?.name ?? key));
    if (rels) gone.add(rels.name);
  }
  return gone;
}

/** Part keys reachable from the package's relationships, not entering `cut`. */
function reachable(pkg: ZipPackage, cut: ReadonlySet<string>, label: string): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [""];
  while (queue.length > 0) {
    const source = queue.pop() as string;
    const relsPath = source === "" ? "_rels/.rels" : relsPathOf(source);
    if (!pkg.has(relsPath)) continue;
    let rels: RelationshipsPart;
    try {
      rels = RelationshipsPart.parse(source, pkg.text(relsPath), label, relsPath);
    } catch {
      // Unreadable relationships of a part we keep anyway: what they point to stays (never removed on a guess).
      continue;
    }
    for (const rel of rels.list()) {
      if (rel.part === null) continue;
      const key = partKey(rel.part);
      if (seen.has(key) || cut.has(key) || !pkg.has(rel.part)) continue;
      seen.add(key);
      queue.push(pkg.entry(rel.part)?.name ?? rel.part);
    }
  }
  return seen;
}
