import type { BlocResult, Lang } from "../../scoring/types";
import type { RenderedOutputs, RenderedSheet } from "./output-types";
import { keepGroupsTogether } from "./print-fit";
import { renderBreakdown } from "./render-breakdown";
import { renderChecks } from "./render-checks";
import { renderRanking } from "./render-ranking";

/**
 * The three output sheets of a calculation. When the ranking is blocked by errors, only Kiểm tra is
 * rendered: ranking and breakdown are null so the adapters leave the previous ones untouched.
 * Printed, a member's breakdown is never split across two pages when it fits on one.
 */
export function renderOutputs(
  result: BlocResult,
  options: { lang: Lang; now: Date; previousRanks: Map<string, number | null> },
): RenderedOutputs {
  const checks = renderChecks(result, options);
  if (result.blocked) return { ranking: null, breakdown: null, checks };
  // Chi tiết điểm (7,000 rows for 300 members × 20 targets) is rendered when first read, once: the web page
  // shows the ranking from the rest before the copy is written, and never shows this sheet.
  let breakdown: RenderedSheet | undefined;
  return {
    ranking: renderRanking(result, options),
    get breakdown(): RenderedSheet {
      // Column 0 of Chi tiết điểm is the member's code: one member's rows print on one page when they fit.
      return (breakdown ??= keepGroupsTogether(renderBreakdown(result, options), 0));
    },
    checks,
  };
}
