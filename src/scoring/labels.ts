import { inBothByKey } from "./vocabulary/words";
import type { Direction, Grade, Localized, MemberInput, Rating, ViolationEffect } from "./types";

/** Names shown inside messages and notes, in both languages. */

export function memberLabel(member: Pick<MemberInput, "code" | "name">): string {
  return member.name && member.name !== member.code ? `${member.name} (${member.code})` : member.code;
}

/** Lower case, as they stand inside sentences; the sheets write them capitalised (workbook/labels.ts). */
export const DIRECTION_LABEL: Record<Direction, Localized> = inBothByKey((w) => w.direction);

export const RATING_LABEL: Record<Rating, Localized> = inBothByKey((w) => w.rating);

/** The grade names (vocabulary): messages use them, and the output sheets write them (workbook/labels.ts). */
export const GRADE_LABEL: Record<Grade, Localized> = inBothByKey((w) => w.grade);

export const EFFECT_LABEL: Record<ViolationEffect, Localized> = inBothByKey((w) => w.effect);
