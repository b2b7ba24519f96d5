import { words } from "../../scoring/vocabulary/words";
import type { Lang } from "../../scoring/types";
import type { CellFont, MergedRange } from "../rendering/output-types";

/**
 * The fixed parts of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I), as lines
 * of two halves: the issuing body left and the national heading right, and at the end the recipients
 * left and the signature right. Sizes are the convention's; the layout places them in merged cells.
 */
export interface HeadingCell {
  text: string;
  font: CellFont;
  align?: MergedRange["align"];
}

export interface HalfLine {
  left: HeadingCell | null;
  right: HeadingCell | null;
  /** The row left empty for the handwritten signature and the seal. */
  signingSpace?: boolean;
}

/** The short rule under the issuing body (a third of its line). */
const RULE = "──────────";

/** Issuing body, Quốc hiệu, Tiêu ngữ, then the place and date (italic, under the national heading). */
export function documentHeading(issuer: { bloc: string; place: string }, now: Date, lang: Lang): HalfLine[] {
  const paper = words(lang).paper;
  return [
    { left: { text: issuerName(issuer.bloc, lang), font: { size: 12, bold: true } }, right: { text: paper.nation, font: { size: 12, bold: true } } },
    { left: { text: RULE, font: { size: 12 } }, right: { text: paper.motto, font: { size: 13, bold: true, underline: true } } },
    { left: null, right: { text: dateLine(now, lang, issuer.place), font: { size: 13, italic: true } } },
  ];
}

/**
 * The issuing body in capitals: the Cấu hình "Khối" as typed ("Khối 17 — Các cơ quan …" becomes
 * "KHỐI THI ĐUA 17 — CÁC CƠ QUAN …"), "KHỐI THI ĐUA" alone when the setting is empty.
 */
export function issuerName(bloc: string, lang: Lang): string {
  const text = bloc.trim().normalize("NFC");
  if (text === "") return words(lang).paper.bloc;
  return ISSUER_IN_CAPITALS[lang](text);
}

/** English only upper-cases; Vietnamese also spells the body out as "KHỐI THI ĐUA …". */
const ISSUER_IN_CAPITALS: Record<Lang, (text: string) => string> = {
  en: (text) => text.toLocaleUpperCase("en"),
  vi: vietnameseIssuer,
};

function vietnameseIssuer(text: string): string {
  const upper = text.toLocaleUpperCase("vi");
  if (/^(KHỐI|CỤM) THI ĐUA\b/u.test(upper)) return upper;
  const short = /^(KHỐI|CỤM)\s+(.*)$/u.exec(upper);
  if (short) return `${short[1]} THI ĐUA ${short[2]}`;
  return `${words("vi").paper.bloc} ${upper}`;
}

/** Recipients bottom left beside the signature block; the signatory's name under the signing space. */
export function signatureLines(options: { lang: Lang; leaderName?: string }): HalfLine[] {
  const paper = words(options.lang).paper;
  const name = options.leaderName?.trim() ?? "";
  const title: CellFont = { size: 13, bold: true };
  return [
    { left: { text: paper.recipients, font: { size: 12, bold: true, italic: true }, align: "left" }, right: { text: paper.onBehalf, font: title } },
    { left: { text: paper.members, font: { size: 11 }, align: "left" }, right: { text: paper.leader, font: title } },
    { left: { text: paper.archive, font: { size: 11 }, align: "left" }, right: { text: paper.sign, font: { size: 12, italic: true } } },
    { left: null, right: null, signingSpace: true },
    { left: null, right: name === "" ? null : { text: name, font: title } },
  ];
}

/**
 * "Kiên Giang, ngày 05 tháng 3 năm 2025"; without a place (Cấu hình "Địa danh") it is left for the officer
 * to write ("……"). Days below 10 and the months 1 and 2 take a leading zero, as Nghị định 30/2020/NĐ-CP
 * prescribes for administrative documents.
 */
export function dateLine(now: Date, lang: Lang, place = ""): string {
  const where = place.trim() === "" ? "……" : place.trim();
  return words(lang).dateLine({ place: where, day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() });
}
