import { makeStyles, tokens, useBadgeStyles_unstable, type BadgeProps, type BadgeState } from "@fluentui/react-components";
import { Fragment, useEffect, useRef, useState } from "react";
import { formatNumber } from "../../scoring/number-display";
import type { Award, Grade, Issue, UnitResult } from "../../scoring/types";
import type { MemberGap } from "../../scoring/what-it-takes";
import { capitalised } from "../../scoring/vocabulary/words";
import { rankKey } from "../../workbook/rendering/previous-ranks";
import { usePaintedFor } from "../after-paint";
import { useInsightText } from "../insights-i18n";
import { useLanguage } from "../language";
import type { MemberReveal } from "../member-reveal";
import type { RankChange } from "../rank-change";
import { blockButton, focusRing } from "./detail-styles";
import { RankChangeMark } from "./RankChangeMark";
import { UnitDetail } from "./UnitDetail";

const GRADE_COLOR: Record<Grade, BadgeProps["color"]> = { excellent: "success", good: "brand", pass: "informative", fail: "danger" };
const AWARD_COLOR: Record<Exclude<Award, null>, BadgeProps["color"]> = { flag: "danger", merit: "warning" };

// Fixed layout with em-based columns: the name column takes what is left and wraps, so the table never
// needs horizontal scrolling in a 320 px pane.
const useStyles = makeStyles({
  table: {
    width: "100%",
    tableLayout: "fixed",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  colRank: { width: "3.8em" },
  colTotal: { width: "5.2em" },
  colGrade: { width: "2.8em" },
  // "Flag" (English) is the widest award badge.
  colAward: { width: "3.6em" },
  // A badge's word never breaks inside it (English "Flag" did: two lines in a 16 px high badge).
  badgeCell: { whiteSpace: "nowrap" },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "bottom",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  td: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
  },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  rank: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  percent: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, whiteSpace: "nowrap" },
  total: { whiteSpace: "nowrap" },
  nameButton: {
    ...blockButton,
    cursor: "pointer",
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
    ":hover": { textDecorationLine: "underline" },
    ...focusRing,
  },
  note: { display: "block", color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase100 },
  detailCell: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, backgroundColor: tokens.colorNeutralBackground2 },
  // The row the officer selected on Xếp hạng: marked so the eye finds it after the pane scrolled to it.
  revealedRow: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorBrandStroke1}`,
    // Scrolled to the top with a little room above, so the row does not look cut off.
    scrollMarginTop: tokens.spacingVerticalS,
  },
  detailFocus: { outlineStyle: "none" },
});

/** More rows than the tallest window shows at once (about 25 at 1440 px high, names on one line). */
const FIRST_SCREEN_ROWS = 40;

type BadgeClasses = { grade: Record<Grade, string>; award: Record<Exclude<Award, null>, string> };

/**
 * The class names of Fluent's small Badge in each look the table uses, made once per drawing of the table:
 * each badge is then a plain element with those classes (the same look), not a Badge component whose
 * hooks and slots run 600 times for a 300-member bloc. The hooks run in the same order every render.
 */
function useBadgeClasses(): BadgeClasses {
  const grade = {
    excellent: useBadgeLook("tint", GRADE_COLOR.excellent),
    good: useBadgeLook("tint", GRADE_COLOR.good),
    pass: useBadgeLook("tint", GRADE_COLOR.pass),
    fail: useBadgeLook("tint", GRADE_COLOR.fail),
  };
  const award = { flag: useBadgeLook("filled", AWARD_COLOR.flag), merit: useBadgeLook("filled", AWARD_COLOR.merit) };
  return { grade, award };
}

/** What Fluent's Badge puts on its root for this look (its own styles hook, given the state a small badge has). */
function useBadgeLook(appearance: BadgeProps["appearance"], color: BadgeProps["color"]): string {
  const state = { size: "small", shape: "circular", appearance, color, iconPosition: "before", components: { root: "div", icon: "span" }, root: {} };
  return useBadgeStyles_unstable(state as unknown as BadgeState).root.className ?? "";
}

/**
 * A grade or award as its short word, the full name in the browser's own tooltip and for screen readers.
 * Not Fluent's Tooltip: a badge is not focusable, so it only ever showed on hover, and 600 of them (300
 * members) cost the web page about half of the time it took to show a dropped file's ranking.
 */
function LabelBadge({ full, short, className }: { full: string; short: string; className: string }) {
  return (
    <div className={className} aria-label={full} title={full}>
      {short}
    </div>
  );
}

export interface RankingTableProps {
  units: UnitResult[];
  sections: string[];
  changes: Map<string, RankChange>;
  caption: string;
  /** The calculation's issues, shown in a member's detail (its self-score differences). */
  issues?: readonly Issue[];
  /** What it takes per member code; undefined leaves that part out of the detail. */
  gaps?: Map<string, MemberGap>;
  onSelectCell?: (sheet: string, cell: string) => void;
  /** A member selected on the Xếp hạng sheet: its detail opens, scrolls into view and takes the pane's focus. */
  reveal?: MemberReveal | null;
}

export function RankingTable({ units, sections, changes, caption, issues, gaps, onSelectCell, reveal }: RankingTableProps) {
  const { t } = useLanguage();
  const { it, lang, w } = useInsightText();
  const styles = useStyles();
  const badges = useBadgeClasses();
  // The first screenful of a long ranking is drawn and painted first, the rest right after (for 300 members
  // the whole table is as long to lay out as to build): the officer sees the top of the ranking at once.
  const allDrawn = usePaintedFor(units) || units.length <= FIRST_SCREEN_ROWS;
  const drawn = allDrawn ? units : units.slice(0, FIRST_SCREEN_ROWS);
  const [open, setOpen] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const pendingFocus = useRef<string | null>(null);
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());
  const detailRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!reveal) return;
    // The sheet's code cell as typed; the reader joins codes loosely ("CT 01" = "ct01"), so does this.
    const unit = units.find((u) => rankKey(u.code) === rankKey(reveal.code));
    if (!unit) return;
    setOpen(unit.code);
    setRevealed(unit.code);
    pendingFocus.current = unit.code;
    setAnnouncement(it("revealedFromSheet", { name: unit.name }));
    // Not re-run when units change: a selection is answered once, in the ranking shown when it came.
  }, [reveal]);

  useEffect(() => {
    const code = pendingFocus.current;
    if (code === null || open !== code) return;
    const row = rowRefs.current.get(code);
    // A row below the first screenful is drawn a moment later (allDrawn): scrolled to then.
    if (!row) return;
    pendingFocus.current = null;
    row.scrollIntoView?.({ block: "start" });
    // The pane's own element only, never window.focus(): in Excel that takes focus from the grid and from the officer
    // editing a cell (OfficeDev/office-js#518). An element focused while the pane is not active waits there for the
    // officer's next visit (Tab, a screen reader), and the live region below says what opened.
    detailRef.current?.focus({ preventScroll: true });
  }, [open, reveal, allDrawn]);

  const toggle = (code: string, expanded: boolean) => {
    setRevealed(null);
    setOpen(expanded ? null : code);
  };

  return (
    <>
      <table className={styles.table} data-testid="ranking-table">
        <caption className="ktd-visually-hidden">{caption}</caption>
        <colgroup>
          <col className={styles.colRank} />
          <col />
          <col className={styles.colTotal} />
          <col className={styles.colGrade} />
          <col className={styles.colAward} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              <abbr title={t("colRankFull")}>{w.rank}</abbr>
            </th>
            <th scope="col" className={styles.th}>
              {w.unit}
            </th>
            <th scope="col" className={`${styles.th} ${styles.num}`}>
              <abbr title={t("colTotalFull")}>{w.pointsColumn}</abbr>
            </th>
            <th scope="col" className={styles.th}>
              <abbr title={w.gradeColumn}>{t("colGrade")}</abbr>
            </th>
            <th scope="col" className={styles.th}>
              <abbr title={w.awardColumn}>{t("colAward")}</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {drawn.map((unit) => {
            const expanded = open === unit.code;
            const detailId = `ktd-detail-${unit.code}`;
            return (
              <Fragment key={unit.code}>
                <tr
                  data-testid="ranking-row"
                  data-code={unit.code}
                  className={revealed === unit.code ? styles.revealedRow : undefined}
                  ref={(row) => {
                    if (row) rowRefs.current.set(unit.code, row);
                    else rowRefs.current.delete(unit.code);
                  }}
                >
                  <td className={styles.td}>
                    <span className={styles.rank} title={unit.tied ? w.tied : undefined}>
                      {unit.rank ?? "—"}
                      {unit.tied ? "=" : ""}
                    </span>
                    {unit.tied && <span className="ktd-visually-hidden"> {w.tied}</span>}
                    {changes.has(unit.code) && <RankChangeMark change={changes.get(unit.code)} />}
                  </td>
                  <td className={styles.td}>
                    <button
                      type="button"
                      className={styles.nameButton}
                      aria-expanded={expanded}
                      aria-controls={expanded ? detailId : undefined}
                      title={t("showDetail", { name: unit.name })}
                      onClick={() => toggle(unit.code, expanded)}
                    >
                      {unit.name}
                    </button>
                    {unit.rank === null && <span className={styles.note}>{capitalised(w.unranked)}</span>}
                    {/* Notes (excluded from the flag, tie to vote on…) change what the row means: never hide them behind the detail. */}
                    {unit.notes.map((note, i) => (
                      <span key={i} className={styles.note}>
                        {note[lang]}
                      </span>
                    ))}
                    {unit.needsVote && unit.notes.length === 0 && <span className={styles.note}>{w.needsVote}</span>}
                  </td>
                  <td className={`${styles.td} ${styles.num}`}>
                    <span className={styles.total}>{formatNumber(unit.total, lang)}</span>
                    <span className={styles.percent}>{formatNumber(unit.percent, lang)}{"\u00a0"}%</span>
                  </td>
                  <td className={`${styles.td} ${styles.badgeCell}`}>
                    {unit.grade && <LabelBadge full={w.grade[unit.grade]} short={w.gradeAbbrev[unit.grade]} className={badges.grade[unit.grade]} />}
                  </td>
                  <td className={`${styles.td} ${styles.badgeCell}`}>
                    {unit.award && <LabelBadge full={w.award[unit.award]} short={w.awardShort[unit.award]} className={badges.award[unit.award]} />}
                  </td>
                </tr>
                {expanded && (
                  <tr id={detailId}>
                    <td colSpan={5} className={`${styles.td} ${styles.detailCell}`}>
                      <div
                        ref={detailRef}
                        tabIndex={-1}
                        role="group"
                        aria-label={it("detailRegion", { name: unit.name })}
                        className={styles.detailFocus}
                        data-testid="unit-detail"
                      >
                        <UnitDetail
                          unit={unit}
                          sections={sections}
                          issues={issues}
                          gap={gaps ? (gaps.get(unit.code) ?? null) : undefined}
                          onSelectCell={onSelectCell}
                        />
                      </div>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      {/* Not role="status": the pane's status line is the one status region. Polite: never interrupts the officer. */}
      <div className="ktd-visually-hidden" aria-live="polite" data-testid="reveal-announcement">
        {announcement}
      </div>
    </>
  );
}
