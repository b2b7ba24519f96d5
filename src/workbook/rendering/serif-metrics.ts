/**
 * Advance widths of Times New Roman, to measure the meeting papers' text instead of guessing from the
 * number of characters: "bình xét, biểu quyết" and "Hoàn thành xuất" have about the same length but not the
 * same width, and a guess that is one line short clips the last line of a printed cell.
 *
 * The widths are those of the Adobe Times-Roman and Times-Bold font metrics (thousandths of an em), which
 * Times New Roman and its metric twins (Liberation Serif, Nimbus Roman, Tinos: what LibreOffice prints
 * with) share. Vietnamese letters are measured as their base letter: the accents sit above or below it, and
 * the horn of ơ/ư adds a little (HORN).
 */
const REGULAR: Record<string, number> = table(
  "a444 b500 c444 d500 e444 f333 g500 h500 i278 j278 k500 l278 m778 n500 o500 p500 q500 r333 s389 t278 u500 v500 w722 x500 y500 z444 " +
    "A722 B667 C667 D722 E611 F556 G722 H722 I333 J389 K722 L611 M889 N722 O722 P556 Q722 R667 S556 T611 U722 V722 W944 X722 Y722 Z611",
);
const BOLD: Record<string, number> = table(
  "a500 b556 c444 d556 e444 f333 g500 h556 i278 j333 k556 l278 m833 n556 o500 p556 q556 r444 s389 t333 u556 v500 w722 x500 y500 z444 " +
    "A722 B667 C722 D722 E667 F611 G778 H778 I389 J500 K778 L667 M944 N722 O778 P611 Q778 R722 S556 T667 U722 V722 W1000 X722 Y722 Z667",
);
/** Digits, space and punctuation: the same in both weights, near enough. */
const COMMON: Record<string, number> = {
  " ": 250, "\u00a0": 250, ",": 250, ".": 250, ":": 278, ";": 278, "-": 333, "(": 333, ")": 333, "/": 278, "%": 833,
  "—": 1000, "–": 500, "…": 1000, "'": 333, '"': 444, "+": 564, "=": 564, "▲": 800, "▼": 800,
  ...Object.fromEntries("0123456789".split("").map((d) => [d, 500])),
};
/** Width of a letter the tables do not hold (a wide one, to err on the tall side). */
const UNKNOWN = 600;
const HORN = 60;

function table(spec: string): Record<string, number> {
  return Object.fromEntries(spec.split(" ").map((entry) => [entry[0], Number(entry.slice(1))]));
}

// The meeting papers measure the same words over and over (a member's name in every row height and every
// width tried): each is measured once, in a cache kept small for a long-lived task pane.
const measured = { regular: new Map<string, number>(), bold: new Map<string, number>() };
const MAX_MEASURED = 10_000;

/** Width of `text` in ems (1 = the font size), in Times New Roman regular or bold. */
export function serifEms(text: string, bold = false): number {
  const known = bold ? measured.bold : measured.regular;
  let ems = known.get(text);
  if (ems === undefined) {
    if (known.size >= MAX_MEASURED) known.clear();
    known.set(text, (ems = measure(text, bold)));
  }
  return ems;
}

function measure(text: string, bold: boolean): number {
  const letters = bold ? BOLD : REGULAR;
  let thousandths = 0;
  for (const char of text.normalize("NFD")) {
    const code = char.codePointAt(0)!;
    if (code >= 0x300 && code <= 0x36f) {
      if (code === 0x31b) thousandths += HORN;
      continue;
    }
    const base = char === "đ" ? "d" : char === "Đ" ? "D" : char;
    thousandths += letters[base] ?? COMMON[base] ?? UNKNOWN;
  }
  return thousandths / 1000;
}
