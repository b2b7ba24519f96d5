import type { Settings } from "./types";

/** The defaults of domain.md (Kiên Giang 2018 reading). Every one can be overridden in the Cấu hình sheet. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  year: null,
  bloc: "",
  pointsPerTarget: 70,
  bonusCapPerTarget: 7,
  bonusSlope: 1,
  decreaseMethod: "inverse",
  cchcBonus: 5,
  sectorBonus: 5,
  excellentThreshold: 90,
  goodThreshold: 80,
  passThreshold: 70,
  flagCount: 1,
  meritCount: 2,
});

export function withDefaults(partial: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...partial };
}
