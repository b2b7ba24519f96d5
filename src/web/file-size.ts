import { formatNumber } from "../scoring/number-display";
import type { Lang } from "../scoring/types";

/** "18,4 KB", "2,1 MB" (Vietnamese decimal comma), "18.4 KB" in English. */
export function formatFileSize(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, lang, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), lang, 1)} MB`;
}
