import { textKey } from "./text-key";

/**
 * Percent targets are typed three ways in one column: 0,95 (a fraction, often with a "0%" number
 * format), "95%" and 95. The ratio A/P is only right when plan and actual are on the same scale,
 * so both are put in percent points (95 = 95 %). A value is scaled only when its own cell says how
 * (a "%" number format: the fraction Excel shows as a percent), or when its plain number is a
 * fraction next to a value in points (plan 95, actual 0,97 → 97): the scale closest to the other.
 */
export interface PercentValue {
  value: number;
  /** Typed "95%" as text: already in points. */
  percentSign: boolean;
  /** The cell's number format, e.g. "0%" or "0.00%". */
  format: string | null;
}

export interface PercentOutcome {
  plan: number | null;
  actual: number;
  /** Values whose number was changed (fraction × 100), for the percent-normalised warning. */
  scaled: Array<{ field: "plan" | "actual"; from: number; to: number }>;
}

const PERCENT_UNITS = new Set(["%", "ty le", "ty le %", "phan tram", "percent", "percentage", "rate"]);

export function isPercentUnit(unit: string | null): boolean {
  if (unit === null) return false;
  const key = textKey(unit);
  return PERCENT_UNITS.has(key) || key.includes("%") || key.startsWith("ty le");
}

/** A number format that shows the cell as a percent ("0%", "0.00%"), quoted literal text aside. */
export const hasPercentFormat = (format: string | null) => format !== null && /%/.test(format.replace(/"[^"]*"/g, ""));

/** × 100 without binary noise: 0,97 × 100 is 97, not 97.00000000000001. */
export function times100(value: number): number {
  return Number((value * 100).toPrecision(15));
}

type Scale = "points" | "fraction" | "unknown";

function scaleOf(v: PercentValue): Scale {
  if (v.percentSign) return "points";
  if (hasPercentFormat(v.format)) return "fraction";
  return "unknown";
}

/** v or v × 100, whichever is nearer (by ratio) to the reference in points. */
function nearest(value: number, reference: number): number {
  if (value === 0 || reference <= 0 || value < 0) return value;
  const asIs = Math.abs(Math.log(value / reference));
  const scaled = Math.abs(Math.log((value * 100) / reference));
  return scaled < asIs ? times100(value) : value;
}

/** For a plain number only fractions can be on the wrong scale; anything above 1,5 is points already. */
const FRACTION_LIMIT = 1.5;

export function normalisePercent(unit: string | null, plan: PercentValue | null, actual: PercentValue): PercentOutcome {
  const percentTarget = isPercentUnit(unit) || [plan, actual].some((v) => v !== null && scaleOf(v) !== "unknown");
  if (!percentTarget) return { plan: plan?.value ?? null, actual: actual.value, scaled: [] };
  const known = (v: PercentValue): number | null => {
    const scale = scaleOf(v);
    return scale === "points" ? v.value : scale === "fraction" ? times100(v.value) : null;
  };
  let planValue = plan === null ? null : known(plan);
  let actualValue = known(actual);
  const scaled: PercentOutcome["scaled"] = [];
  // A "%"-formatted fraction shows as 95 % in Excel: reading it as 95 is what the officer sees, not a change.
  if (planValue === null && plan !== null) {
    const reference = actualValue ?? (actual.value > FRACTION_LIMIT ? actual.value : null);
    planValue = plan.value <= FRACTION_LIMIT && reference !== null ? nearest(plan.value, reference) : plan.value;
    if (planValue !== plan.value) scaled.push({ field: "plan", from: plan.value, to: planValue });
  }
  if (actualValue === null) {
    const reference = planValue !== null && (plan === null || scaleOf(plan) !== "unknown" || planValue > FRACTION_LIMIT) ? planValue : null;
    actualValue = actual.value <= FRACTION_LIMIT && reference !== null ? nearest(actual.value, reference) : actual.value;
    if (actualValue !== actual.value) scaled.push({ field: "actual", from: actual.value, to: actualValue });
  }
  return { plan: planValue, actual: actualValue, scaled };
}
