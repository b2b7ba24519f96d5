import { noteNeedsVote, noteViolation } from "./explain";
import type { Award, Grade, Localized, Settings, ViolationEffect, ViolationInput } from "./types";

export interface AwardCandidate {
  grade: Grade;
  violations: readonly ViolationInput[];
}

export interface AwardDecision {
  award: Award;
  /** In a tie group that crosses a quota boundary: the meeting must choose. */
  needsVote: boolean;
  /** "Cần bình xét: N suất cho M đơn vị đồng hạng" when needsVote. */
  voteNote: Localized | null;
  /** Violations that kept the member from an award still available. */
  notes: Localized[];
}

function violationOf(c: AwardCandidate, effect: ViolationEffect): ViolationInput | undefined {
  return c.violations.find((v) => v.effect === effect);
}

/**
 * Gives `slots` places of one award to the eligible members of one tie group. A group larger than
 * the slots left gets no automatic choice: all of them are proposed with needsVote. Returns the
 * slots the group consumed (its full size: the surplus is reported to the caller).
 */
function assign(decisions: AwardDecision[], eligible: number[], award: "flag" | "merit", slots: number): number {
  if (slots <= 0 || eligible.length === 0) return 0;
  const contested = eligible.length > slots;
  for (const i of eligible) {
    decisions[i].award = award;
    if (contested) {
      decisions[i].needsVote = true;
      decisions[i].voteNote = noteNeedsVote(slots, eligible.length);
    }
  }
  return eligible.length;
}

/**
 * Award proposals walking the ranking in tie groups (members sharing a rank). Cờ thi đua: the first
 * flagCount graded excellent without "no-flag"/"no-award". Bằng khen: the next meritCount graded at
 * least good without "no-award". A contested flag group's surplus uses up the following merit slots.
 */
export function proposeAwards(groups: readonly AwardCandidate[][], settings: Pick<Settings, "flagCount" | "meritCount">): AwardDecision[][] {
  let flagsLeft = Math.max(0, Math.floor(settings.flagCount));
  let meritsLeft = Math.max(0, Math.floor(settings.meritCount));
  return groups.map((group) => {
    const decisions: AwardDecision[] = group.map(() => ({ award: null, needsVote: false, voteNote: null, notes: [] }));
    const indices = group.map((_, i) => i);

    const flagSlots = flagsLeft;
    const flagEligible = indices.filter((i) => group[i].grade === "excellent" && !violationOf(group[i], "no-flag") && !violationOf(group[i], "no-award"));
    const usedFlags = assign(decisions, flagEligible, "flag", flagSlots);
    if (usedFlags > 0) {
      meritsLeft = Math.max(0, meritsLeft - Math.max(0, usedFlags - flagsLeft));
      flagsLeft = Math.max(0, flagsLeft - usedFlags);
    }

    const meritSlots = meritsLeft;
    const meritEligible = indices.filter((i) => decisions[i].award === null && (group[i].grade === "excellent" || group[i].grade === "good") && !violationOf(group[i], "no-award"));
    meritsLeft = Math.max(0, meritsLeft - assign(decisions, meritEligible, "merit", meritSlots));

    // Name the violation when it is what kept a member from an award that was still available.
    indices.forEach((i) => {
      const c = group[i];
      const noAward = violationOf(c, "no-award");
      const noFlag = violationOf(c, "no-flag");
      const flagWasOpen = c.grade === "excellent" && flagSlots > 0;
      const meritWasOpen = (c.grade === "excellent" || c.grade === "good") && meritSlots > 0;
      if (noAward && (flagWasOpen || meritWasOpen)) decisions[i].notes.push(noteViolation("no-award", noAward.description));
      else if (!noAward && noFlag && flagWasOpen) decisions[i].notes.push(noteViolation("no-flag", noFlag.description));
    });
    return decisions;
  });
}
