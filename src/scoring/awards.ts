import { noteViolation } from "./explain";
import { noteOpenAwards } from "./open-award-texts";
import type { Grade, Localized, ProposedAward, Settings, ViolationEffect, ViolationInput } from "./types";

export interface AwardCandidate {
  grade: Grade;
  violations: readonly ViolationInput[];
}

export interface AwardDecision {
  award: ProposedAward | null;
  /** In a tie group that straddles a quota line: the meeting must choose, no award is proposed. */
  needsVote: boolean;
  /** "Cần bình xét: 1 Cờ thi đua cho 2 đơn vị đồng hạng": the open awards the member competes for. */
  voteNotes: Localized[];
  /** Violations that kept the member from an award still available. */
  notes: Localized[];
}

/** Awards of one kind left open for the meeting: `count` of them among the tied members of one group. */
export interface OpenAwardSlot {
  award: ProposedAward;
  count: number;
  /** Index of the tie group in the groups given. */
  group: number;
  /** Indices, within that group, of the tied members competing for them. */
  members: number[];
}

/** The decision once every award is given or open (shared by the rest of the bloc). */
export const NO_AWARD_LEFT: AwardDecision = Object.freeze({ award: null, needsVote: false, voteNotes: Object.freeze([]) as unknown as Localized[], notes: Object.freeze([]) as unknown as Localized[] });

function violationOf(c: AwardCandidate, effect: ViolationEffect): ViolationInput | undefined {
  return c.violations.find((v) => v.effect === effect);
}

/**
 * Award proposals walking the ranking in tie groups (members tied on every tie-breaker), one group at a
 * time in rank order (decide). Cờ thi đua: the first flagCount graded excellent without "no-flag"/
 * "no-award". Bằng khen: the next meritCount graded at least good without "no-award". A group that fits
 * in the awards left gets them all.
 *
 * A group that straddles the quota line (two tied for one Cờ; three tied for two Bằng khen) gets none
 * of them (workbook contract, clarifications): its members get needsVote and a note, the awards stay
 * open for the meeting, and no member below the tie is moved up into them.
 *
 * An open Cờ and the Bằng khen (README, Decisions): whoever of the tied members does not get the Cờ
 * by vote is still ranked above everyone after the tie, so the Bằng khen they will need are open too,
 * among the same members ("1 Cờ thi đua và 1 Bằng khen cho 2 đơn vị đồng hạng"); the Bằng khen left
 * after that go to the members after the tie as usual. Two tied for 1 Cờ with 2 Bằng khen: the Cờ and
 * 1 Bằng khen are open for the pair, the third member gets the other Bằng khen. When fewer Bằng khen
 * are left than the tied members need, the open Bằng khen are the ones left and nobody after the tie
 * gets one.
 */
export class AwardQuota {
  private flagsLeft: number;
  private meritsLeft: number;
  /** The awards left open for the meeting, group by group. */
  readonly open: OpenAwardSlot[] = [];

  constructor(settings: Pick<Settings, "flagCount" | "meritCount">) {
    this.flagsLeft = Math.max(0, Math.floor(settings.flagCount));
    this.meritsLeft = Math.max(0, Math.floor(settings.meritCount));
  }

  /**
   * Every award is given or open: nothing is left to give, contest or name a violation for, and every
   * later member's decision is NO_AWARD_LEFT (most of a big bloc: the caller need not even make its group).
   */
  get exhausted(): boolean {
    return this.flagsLeft === 0 && this.meritsLeft === 0;
  }

  /** The decisions for tie group number `g` (the next in rank order), one per member. */
  decide(group: readonly AwardCandidate[], g: number): AwardDecision[] {
    if (this.exhausted) return group.map(() => NO_AWARD_LEFT);
    const decided: AwardDecision[] = group.map(() => ({ award: null, needsVote: false, voteNotes: [], notes: [] }));
    const indices = group.map((_, i) => i);
    const flagSlots = this.flagsLeft;
    const meritSlots = this.meritsLeft;
    const groupOpen: OpenAwardSlot[] = [];

    const flagEligible = indices.filter((i) => group[i].grade === "excellent" && !violationOf(group[i], "no-flag") && !violationOf(group[i], "no-award"));
    let flagsOpen = 0;
    if (this.flagsLeft > 0 && flagEligible.length > 0) {
      if (flagEligible.length <= this.flagsLeft) {
        for (const i of flagEligible) decided[i].award = "flag";
        this.flagsLeft -= flagEligible.length;
      } else {
        flagsOpen = this.flagsLeft;
        groupOpen.push({ award: "flag", count: flagsOpen, group: g, members: flagEligible });
        this.flagsLeft = 0;
      }
    }

    // Bằng khen for the group's members without a Cờ; with an open Cờ, for those the vote will not give it to.
    const meritEligible = indices.filter((i) => decided[i].award === null && (group[i].grade === "excellent" || group[i].grade === "good") && !violationOf(group[i], "no-award"));
    const needed = meritEligible.length - flagsOpen;
    if (this.meritsLeft > 0 && needed > 0) {
      if (needed > this.meritsLeft) {
        groupOpen.push({ award: "merit", count: this.meritsLeft, group: g, members: meritEligible });
        this.meritsLeft = 0;
      } else {
        const contested = new Set(flagsOpen > 0 ? flagEligible : []);
        for (const i of meritEligible) if (!contested.has(i)) decided[i].award = "merit";
        if (flagsOpen > 0) groupOpen.push({ award: "merit", count: flagEligible.length - flagsOpen, group: g, members: flagEligible });
        this.meritsLeft -= needed;
      }
    }

    for (const i of indices) {
      const mine = groupOpen.filter((slot) => slot.members.includes(i));
      if (mine.length === 0) continue;
      decided[i].needsVote = true;
      // One note when the same members compete for both kinds; else one note per kind.
      if (mine.length === 2 && mine[0].members.length === mine[1].members.length) decided[i].voteNotes.push(noteOpenAwards(mine, mine[0].members.length));
      else for (const slot of mine) decided[i].voteNotes.push(noteOpenAwards([slot], slot.members.length));
    }
    this.open.push(...groupOpen);

    // Name the violation when it is what kept a member from an award that was still available.
    for (const i of indices) {
      const c = group[i];
      const noAward = violationOf(c, "no-award");
      const noFlag = violationOf(c, "no-flag");
      const flagWasOpen = c.grade === "excellent" && flagSlots > 0;
      const meritWasOpen = (c.grade === "excellent" || c.grade === "good") && meritSlots > 0;
      if (noAward && (flagWasOpen || meritWasOpen)) decided[i].notes.push(noteViolation("no-award", noAward.description));
      else if (!noAward && noFlag && flagWasOpen) decided[i].notes.push(noteViolation("no-flag", noFlag.description));
    }
    return decided;
  }
}
