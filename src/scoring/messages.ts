import { formatInput, formatNumber } from "./number-display";
import { messageInBoth, messageWords } from "./vocabulary/message-words";
import { words } from "./vocabulary/words";
import type { Direction, Issue, IssueCode, Lang, Localized, Severity } from "./types";

/**
 * Builders of the scoring core's issues; their sentences are the vocabulary's (vocabulary/issues-*.ts).
 * The sheet and cell travel in the issue itself. Numbers use each language's separators.
 */

function make(severity: Severity, sheet: string, cell: string, code: IssueCode, message: Localized): Issue {
  return { severity, sheet, cell, code, message };
}

const n = (value: number, lang: Lang) => formatInput(value, lang);
const pts = (value: number, lang: Lang) => formatNumber(value, lang, 2);

export function noMembers(sheet: string): Issue {
  return make("error", sheet, "", "no-members", messageInBoth((m) => m.issue.noMembers({ sheet })));
}

export function memberUnknown(sheet: string, cell: string, code: string, membersSheet: string): Issue {
  return make("error", sheet, cell, "member-unknown", messageInBoth((m) => m.issue.memberUnknown({ code, membersSheet })));
}

export function criterionUnknown(sheet: string, cell: string, criterionCode: string, member: string, criteriaSheet: string | null): Issue {
  return make("error", sheet, cell, "criterion-unknown", messageInBoth((m) => m.issue.criterionUnknown({
    criterion: criterionCode,
    member,
    where: criteriaSheet ? m.issue.criteriaSheetNamed({ sheet: criteriaSheet }) : m.issue.criteriaSheetNone,
  })));
}

export function criterionNotApplicable(sheet: string, cell: string, member: string, criterionCode: string): Issue {
  return make("warning", sheet, cell, "criterion-not-applicable", messageInBoth((m) => m.issue.criterionNotApplicable({ criterion: criterionCode, member })));
}

export function methodMismatch(sheet: string, cell: string, member: string, criterionCode: string, criterionIsDirect: boolean): Issue {
  const params = { criterion: criterionCode, member };
  return make("warning", sheet, cell, "criterion-not-applicable", messageInBoth((m) => (criterionIsDirect ? m.issue.scoredDirectly(params) : m.issue.scoredByTargets(params))));
}

export function planZero(sheet: string, cell: string, member: string, target: string, direction: Direction): Issue {
  return make("error", sheet, cell, "plan-zero", messageInBoth((m, lang) => m.issue.planZero({ direction: words(lang).direction[direction], target, member })));
}

export function ratioAbsurd(sheet: string, cell: string, member: string, target: string, ratio: number): Issue {
  return make("warning", sheet, cell, "ratio-absurd", messageInBoth((m, lang) => m.issue.ratioAbsurd({ ratio: formatNumber(ratio * 100, lang, 1), target, member })));
}

export function targetsMissing(sheet: string, cell: string, member: string, criterionCode: string, have: number, need: number): Issue {
  return make("warning", sheet, cell, "targets-missing", messageInBoth((m) => m.issue.targetsMissing({ member, have, need, criterion: criterionCode, missing: need - have })));
}

export function targetsTooMany(sheet: string, cell: string, member: string, criterionCode: string, have: number, need: number): Issue {
  return make("error", sheet, cell, "targets-too-many", messageInBoth((m) => m.issue.targetsTooMany({ member, have, need, criterion: criterionCode })));
}

export function alternativeMultiple(sheet: string, cell: string, member: string, group: string, codes: string[]): Issue {
  return make("error", sheet, cell, "alternative-multiple", messageInBoth((m) => m.issue.alternativeMultiple({ member, codes: codes.join(", "), group })));
}

export function alternativeNone(sheet: string, cell: string, member: string, group: string, codes: string[]): Issue {
  return make("warning", sheet, cell, "alternative-none", messageInBoth((m) => m.issue.alternativeNone({ member, codes: codes.join(", "), group })));
}

export function scoreMissing(sheet: string, cell: string, member: string, criterionCode: string, scoresSheet: string | null): Issue {
  return make("warning", sheet, cell, "score-missing", messageInBoth((m) => m.issue.scoreMissing({
    member,
    criterion: criterionCode,
    where: scoresSheet ? m.issue.scoresSheetNamed({ sheet: scoresSheet }) : m.issue.scoresSheetNone,
  })));
}

export function scoreOutOfRange(sheet: string, cell: string, member: string, criterionCode: string, which: Localized, value: number, standard: number, used: boolean): Issue {
  return make(used ? "error" : "warning", sheet, cell, "score-out-of-range", messageInBoth((m, lang) =>
    m.issue.scoreOutOfRange({ which: which[lang], value: n(value, lang), member, criterion: criterionCode, standard: n(standard, lang), used })));
}

export function selfScoreDiffers(sheet: string, cell: string, member: string, target: string, self: number, computed: number): Issue {
  return make("warning", sheet, cell, "self-score-differs", messageInBoth((m, lang) => m.issue.selfScoreDiffers({ self: n(self, lang), member, target, computed: pts(computed, lang) })));
}

export function adjustmentDuplicate(sheet: string, cell: string, member: string, reason: string, firstRow: number): Issue {
  return make("warning", sheet, cell, "deduction-duplicate", messageInBoth((m) => m.issue.adjustmentDuplicate({ reason, member, firstRow })));
}

export function maximaDiffer(sheet: string, maxima: number[]): Issue {
  return make("warning", sheet, "", "maxima-differ", messageInBoth((m, lang) =>
    m.issue.maximaDiffer({ maxima: maxima.map((max) => pts(max, lang)).join(messageWords(lang).numberListSeparator) })));
}

export function tieNeedsVote(sheet: string, cell: string, member: string, rank: number, others: string[]): Issue {
  return make("warning", sheet, cell, "tie-needs-vote", messageInBoth((m) => m.issue.tieNeedsVote({ member, rank, others: others.join(", ") })));
}

export function cchcRatingIgnored(sheet: string, cell: string, member: string): Issue {
  return make("warning", sheet, cell, "cchc-rating-ignored", messageInBoth((m) => m.issue.cchcRatingIgnored({ member })));
}
