import type { Award, Grade } from "../scoring/types";
import type { MessageKey } from "./i18n";

export const GRADE_LABEL: Record<Grade, { full: MessageKey; short: MessageKey }> = {
  excellent: { full: "gradeExcellent", short: "gradeExcellentShort" },
  good: { full: "gradeGood", short: "gradeGoodShort" },
  pass: { full: "gradePass", short: "gradePassShort" },
  fail: { full: "gradeFail", short: "gradeFailShort" },
};

export const AWARD_LABEL: Record<Exclude<Award, null>, { full: MessageKey; short: MessageKey }> = {
  flag: { full: "awardFlag", short: "awardFlagShort" },
  merit: { full: "awardMerit", short: "awardMeritShort" },
};
