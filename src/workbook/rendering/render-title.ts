import type { BlocResult, Lang, Localized } from "../../scoring/types";
import { TITLES } from "./labels";

/** "Xếp hạng thi đua — Khối 17 — năm 2018", leaving out what the Cấu hình sheet did not give. */
export function titleLine(title: Localized, result: Pick<BlocResult, "bloc" | "year">, lang: Lang): string {
  const parts = [title[lang]];
  if (result.bloc.trim() !== "") parts.push(result.bloc.trim());
  if (result.year !== null) parts.push(`${TITLES.year[lang]} ${result.year}`);
  return parts.join(" — ");
}

/** "Tính lúc 05/03/2025 14:07" in the machine's local time (the officer's clock). */
export function calculatedAtLine(now: Date, lang: Lang): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const date = `${two(now.getDate())}/${two(now.getMonth() + 1)}/${now.getFullYear()}`;
  return `${TITLES.calculatedAt[lang]} ${date} ${two(now.getHours())}:${two(now.getMinutes())}`;
}
