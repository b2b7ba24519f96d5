import type { CriterionInput, Settings } from "./types";

/**
 * The bloc's only criterion when the workbook has no Tiêu chí sheet: tiêu chí 1 of Nội dung I,
 * scored by 5 registered targets at the setting's points per target (5 × 70 = 350 by default).
 */
export function defaultCriterion(settings: Settings): CriterionInput {
  const targetCount = 5;
  return {
    code: "1",
    section: "I",
    name: "Thực hiện các chỉ tiêu định lượng đã đăng ký",
    standardPoints: targetCount * settings.pointsPerTarget,
    method: "targets",
    targetCount,
    pointsPerTarget: null,
    bonusCapPerTarget: null,
    appliesTo: null,
    alternativeGroup: null,
    source: null,
  };
}
