import type { CriterionInput } from "./types";

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function romanValue(text: string): number | null {
  const s = text.trim().toUpperCase();
  if (!/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = i + 1 < s.length ? ROMAN[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** The bloc's Nội dung in order: roman numerals by value (I, II, III…), any other label after, as first seen. */
export function sectionOrder(criteria: readonly CriterionInput[]): string[] {
  const seen: string[] = [];
  for (const c of criteria) if (!seen.includes(c.section)) seen.push(c.section);
  return seen
    .map((section, index) => ({ section, index, value: romanValue(section) }))
    .sort((a, b) => (a.value ?? Infinity) - (b.value ?? Infinity) || a.index - b.index)
    .map((x) => x.section);
}

/** The section whose points break ties first: Nội dung I, else the first section. */
export function firstSection(sections: readonly string[]): string | null {
  return sections.find((s) => romanValue(s) === 1) ?? sections[0] ?? null;
}
