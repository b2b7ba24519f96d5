import { memberIndependentCriteria } from "./applicability";
import { AwardQuota, NO_AWARD_LEFT, type AwardDecision } from "./awards";
import { codeKey } from "./codes";
import { FIGURE_FIELDS, criterionRules, type CriterionRules } from "./criterion-points";
import { Q, eq, fromNumber, mul, toNumber } from "./exact";
import { NOTE_NOT_PARTICIPATING, NOTE_TIED, explainRankLast, explainTieBreak, noteViolation } from "./explain";
import { grader } from "./grades";
import { scoreMember, type BlocContext, type MemberRows, type MemberScore } from "./member-score";
import { maximaDiffer, tieNeedsVote } from "./messages";
import { comparePercent, rankEntries, type RankedEntry } from "./ranking";
import { firstSection, sectionOrder } from "./sections";
import { DEFAULT_SETTINGS } from "./settings";
import { bySheetRow, cellOf } from "./source-cell";
import { NumberColumns } from "./number-columns";
import { LazyField } from "./lazy-field";
import type { TargetScale } from "./target-points";
import type { BlocInput, BlocResult, CriterionInput, Grade, Issue, Localized, OpenAward, Settings, UnitResult } from "./types";
import { validateReferences } from "./validate";

/**
 * The scoring core: score every member exactly, rank, grade and propose awards (domain.md).
 * `input` null means the reader could not build one: the result is blocked with the reader's issues.
 * Any error (reader's or scoring's) blocks the ranking: units is then empty.
 */
export function scoreBloc(input: BlocInput | null, readerIssues: Issue[]): BlocResult {
  if (input === null) return blocked({ ...DEFAULT_SETTINGS }, [], readerIssues);
  const settings = input.settings;
  const criteria = sortCriteria(input.criteria);
  const sections = sectionOrder(criteria);
  const members = uniqueByCode(bySheetRow(input.members), (m) => m.code);
  const criteriaByCode = new Map(uniqueByCode(criteria, (c) => c.code).map((c) => [codeKey(c.code), c] as const));
  const membersByCode = new Map(members.map((m) => [codeKey(m.code), m] as const));

  const rows = validateReferences(input, membersByCode, criteriaByCode);
  const issues: Issue[] = [...rows.issues];
  const first = firstSection(sections);
  const slots = criterionSlots(criteria);
  const bloc: BlocContext = {
    input,
    criteria,
    sections,
    firstSection: first === null ? -1 : sections.indexOf(first),
    rules: rulesOf(criteria, settings),
    plans: memberIndependentCriteria(criteria),
    slots: slots.byCriterion,
    issues,
    figures: new NumberColumns(FIGURE_FIELDS),
  };
  const { targets, scores, adjustments, violations } = rows;

  const scored = members.map((member) => {
    const key = codeKey(member.code);
    // Split by criterion member by member, into arrays by criterion slot (no map per member): the member's
    // scored criteria keep these lists, to make its rows from when they are read.
    const memberRows: MemberRows = {
      targets: groupByCriterion(targets.get(key), slots.byKey),
      scores: groupByCriterion(scores.get(key), slots.byKey),
      adjustments: adjustments.get(key) ?? [],
      violations: violations.get(key) ?? [],
    };
    return scoreMember(member, memberRows, bloc);
  });

  const participants = scored.filter((s) => s.member.participates);
  const maxima = distinct(participants.map((s) => s.maxPoints));
  if (maxima.length > 1) issues.push(maximaDiffer(input.sheetNames.criteria ?? input.sheetNames.members, maxima.map(toNumber)));

  const { units, openAwards } = rankAndAward(participants, scored, sections, settings, input, issues);
  const all = [...readerIssues, ...issues];
  if (all.some((i) => i.severity === "error")) return blocked(settings, sections, all);
  return { bloc: settings.bloc, year: settings.year, settings, sections, units, openAwards, issues: all, blocked: false };
}

function blocked(settings: Settings, sections: string[], issues: Issue[]): BlocResult {
  return { bloc: settings.bloc, year: settings.year, settings, sections, units: [], openAwards: [], issues, blocked: true };
}

function rankAndAward(participants: MemberScore[], scored: MemberScore[], sections: string[], settings: Settings, input: BlocInput, issues: Issue[]): { units: UnitResult[]; openAwards: OpenAward[] } {
  const first = firstSection(sections);
  const ranked = rankEntries(participants.map((s) => s.ranking));
  const gradeOf = grader(settings);
  const grades = ranked.map((r) => gradeOf(participants[r.index].ranking));
  const { decisions, openAwards } = awardsInRankOrder(ranked, grades, participants, settings);

  const units = ranked.map((r, position): UnitResult => {
    const s = participants[r.index];
    const notes: Localized[] = [];
    if (r.tied) {
      notes.push(NOTE_TIED);
      const others = tiedWith(ranked, position).map((o) => participants[o.index].label);
      issues.push(tieNeedsVote(input.sheetNames.members, cellOf(s.member.source, "code"), s.label, r.rank, others));
    }
    const decision = decisions[position];
    for (const note of decision.voteNotes) notes.push(note);
    for (const v of s.violations) if (v.effect === "rank-last") notes.push(noteViolation("rank-last", v.description));
    for (const note of decision.notes) notes.push(note);
    return unitResult(s, {
      rank: r.rank,
      tied: r.tied,
      grade: grades[position],
      award: decision.award,
      needsVote: decision.needsVote,
      notes,
      tieBreak: tieBreakText(ranked, position, participants, first ?? ""),
    });
  });
  const unranked = scored
    .filter((s) => !s.member.participates)
    // Graded like everyone (the contract's grade is always one of the four), but never ranked or proposed.
    .map((s) => unitResult(s, { rank: null, tied: false, grade: gradeOf(s.ranking), award: null, needsVote: false, notes: [NOTE_NOT_PARTICIPATING], tieBreak: null }));
  return { units: [...units, ...unranked], openAwards };
}

/** The other members sharing the rank of the one at `position`: its neighbours in rank order. */
function tiedWith(ranked: readonly RankedEntry[], position: number): RankedEntry[] {
  const rank = ranked[position].rank;
  let start = position;
  while (start > 0 && ranked[start - 1].rank === rank) start--;
  let end = position + 1;
  while (end < ranked.length && ranked[end].rank === rank) end++;
  return ranked.slice(start, end).filter((_, i) => start + i !== position);
}

/** Tie groups (members sharing a rank) walked in rank order; decisions come back per ranked position. */
function awardsInRankOrder(ranked: RankedEntry[], grades: Grade[], participants: MemberScore[], settings: Settings): { decisions: AwardDecision[]; openAwards: OpenAward[] } {
  const quota = new AwardQuota(settings);
  const decisions = new Array<AwardDecision>(ranked.length);
  /** Where each tie group starts in `ranked`. */
  const groupStarts: number[] = [];
  for (let start = 0; start < ranked.length; ) {
    let end = start + 1;
    while (end < ranked.length && ranked[end].rank === ranked[start].rank) end++;
    if (quota.exhausted) {
      for (let position = start; position < end; position++) decisions[position] = NO_AWARD_LEFT;
    } else {
      const group = ranked.slice(start, end).map((r, i) => ({ grade: grades[start + i], violations: participants[r.index].violations }));
      quota.decide(group, groupStarts.length).forEach((decision, i) => (decisions[start + i] = decision));
    }
    groupStarts.push(start);
    start = end;
  }
  const openAwards = quota.open.map((slot): OpenAward => {
    const members = slot.members.map((i) => ranked[groupStarts[slot.group] + i]);
    return { award: slot.award, count: slot.count, rank: members[0].rank, members: members.map((r) => participants[r.index].member.code) };
  });
  return { decisions, openAwards };
}

/** Why this member sits where it does relative to its neighbours, when percent alone did not decide. */
function tieBreakText(ranked: RankedEntry[], position: number, participants: MemberScore[], firstSectionName: string): Localized | null {
  // Most members were placed by percent on both sides: nothing to explain, nothing to make.
  const next = position + 1 < ranked.length ? ranked[position + 1].decidedBy : "percent";
  if (!explainsPlace(ranked[position].decidedBy) && !explainsPlace(next)) return null;
  const parts: Localized[] = [];
  const me = participants[ranked[position].index];
  const describe = (other: MemberScore, by: RankedEntry["decidedBy"], where: "above" | "below"): Localized | null => {
    if (by === "rank-last") return where === "below" && !lowerPercent(me, other) ? explainRankLast(other.label) : null;
    if (by !== "section" && by !== "base" && by !== "deduction") return null;
    const value = (s: MemberScore) => (by === "section" ? (s.figures.sections[firstSectionName] ?? 0) : by === "base" ? s.figures.base : s.figures.deduction);
    return explainTieBreak(by, where, other.label, value(me), value(other), firstSectionName);
  };
  if (position > 0) {
    const text = describe(participants[ranked[position - 1].index], ranked[position].decidedBy, "below");
    if (text) parts.push(text);
  }
  if (position + 1 < ranked.length) {
    const text = describe(participants[ranked[position + 1].index], ranked[position + 1].decidedBy, "above");
    if (text) parts.push(text);
  }
  if (parts.length === 0) return null;
  return { vi: parts.map((p) => p.vi).join("; "), en: parts.map((p) => p.en).join("; ") };
}

/** The rules tieBreakText has words for (percent needs none: the figures say it). */
function explainsPlace(by: RankedEntry["decidedBy"]): boolean {
  return by === "rank-last" || by === "section" || by === "base" || by === "deduction";
}

function lowerPercent(a: MemberScore, b: MemberScore): boolean {
  return comparePercent(a.ranking, b.ranking) < 0;
}

type Placement = Pick<UnitResult, "rank" | "tied" | "grade" | "award" | "needsVote" | "notes" | "tieBreak">;

/** A member's criteria results, made when first read: see lazy-field.ts. */
const CRITERIA = new LazyField<UnitResult["criteria"]>("criteria");

/** The one place a UnitResult is made: fields in the contract's order, `criteria` made when read. */
function unitResult(s: MemberScore, placement: Placement): UnitResult {
  const f = s.figures;
  const unit = {
    code: s.member.code,
    name: s.member.name,
    participates: s.member.participates,
    rank: placement.rank,
    tied: placement.tied,
    grade: placement.grade,
    award: placement.award,
    needsVote: placement.needsVote,
    notes: placement.notes,
    tieBreak: placement.tieBreak,
    sections: f.sections,
    base: f.base,
    targetBonus: f.targetBonus,
    bonus: f.bonus,
    deduction: f.deduction,
    total: f.total,
    max: f.max,
    percent: f.percent,
  } as UnitResult;
  CRITERIA.define(unit, s.criteria);
  unit.adjustments = s.adjustments;
  unit.violations = s.violations.slice();
  unit.source = s.member.source;
  return unit;
}

function sortCriteria(criteria: readonly CriterionInput[]): CriterionInput[] {
  return criteria
    .map((c, index) => ({ c, index }))
    .sort((a, b) => (a.c.source?.row ?? 0) - (b.c.source?.row ?? 0) || a.index - b.index)
    .map((x) => x.c);
}

/** Duplicate codes are the reader's error (code-duplicate, criterion-duplicate): the first row is used. */
function uniqueByCode<T>(rows: readonly T[], code: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = codeKey(code(row));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function rulesOf(criteria: readonly CriterionInput[], settings: Settings): Map<CriterionInput, CriterionRules> {
  const slope = fromNumber(settings.bonusSlope);
  return new Map(
    criteria.map((c) => {
      const pointsPerTarget = fromNumber(c.pointsPerTarget ?? settings.pointsPerTarget);
      const scale: TargetScale = { pointsPerTarget, bonusCap: fromNumber(c.bonusCapPerTarget ?? settings.bonusCapPerTarget), bonusSlope: slope, bonusPerRatio: mul(pointsPerTarget, slope) };
      return [c, criterionRules(c, scale, settings.decreaseMethod)] as const;
    }),
  );
}

/** Scratch of groupByCriterion (it never runs twice at once): each row's criterion slot. */
const ROW_SLOTS: number[] = [];
const NO_LISTS: never[] = [];

/**
 * A member's rows by criterion slot (slots: each criterion key's number), in sheet order. Each list is
 * made at its exact length (its rows are counted first): target lists live on in the results (a
 * criterion's rows are made from them when read), where a list grown by push would keep room for 17 rows
 * through every garbage collection, and a trimmed copy was one more array per list. Counting scans the
 * member's few rows once per criterion: cheaper than a map of counts. Every row's criterion is known
 * (validateReferences left the others out).
 */
function groupByCriterion<T extends { criterionCode: string }>(rows: readonly T[] | undefined, slots: ReadonlyMap<string, number>): (T[] | undefined)[] {
  if (rows === undefined) return NO_LISTS;
  const lists = new Array<T[] | undefined>(slots.size).fill(undefined);
  // Overwritten, not emptied: emptying it would give back its room and grow it again per member.
  const rowSlots = ROW_SLOTS;
  const n = rows.length;
  for (let i = 0; i < n; i++) rowSlots[i] = slots.get(codeKey(rows[i].criterionCode)) as number;
  for (let i = 0; i < n; i++) {
    const slot = rowSlots[i];
    if (lists[slot] !== undefined) continue;
    let count = 1;
    for (let j = i + 1; j < n; j++) if (rowSlots[j] === slot) count++;
    const list = new Array<T>(count);
    list[0] = rows[i];
    for (let j = i + 1, at = 1; at < count; j++) if (rowSlots[j] === slot) list[at++] = rows[j];
    lists[slot] = list;
  }
  return lists;
}

/** A number for each criterion key (criteria sharing a code share one), and each criterion's. */
function criterionSlots(criteria: readonly CriterionInput[]): { byKey: Map<string, number>; byCriterion: Map<CriterionInput, number> } {
  const byKey = new Map<string, number>();
  const byCriterion = new Map<CriterionInput, number>();
  for (const c of criteria) {
    const key = codeKey(c.code);
    if (!byKey.has(key)) byKey.set(key, byKey.size);
    byCriterion.set(c, byKey.get(key) as number);
  }
  return { byKey, byCriterion };
}

function distinct(values: readonly Q[]): Q[] {
  const out: Q[] = [];
  for (const v of values) if (!out.some((o) => eq(o, v))) out.push(v);
  return out;
}
