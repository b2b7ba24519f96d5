import { formatInput, formatNumber } from "../../scoring/number-display";
import type { AdjustmentResult, CriterionResult, Issue, Lang, TargetResult, UnitResult } from "../../scoring/types";
import { useInsightText, type InsightKey, type InsightText } from "../insights-i18n";
import { selfScoreDifferences } from "../self-score";
import { CellLink } from "./CellLink";
import { useDetailStyles } from "./detail-styles";

const SCORE_USED: Record<NonNullable<CriterionResult["scoreUsed"]>, InsightKey> = {
  agreed: "scoreUsedAgreed",
  verified: "scoreUsedVerified",
  self: "scoreUsedSelf",
};

const signed = (value: number, lang: Lang) => `${value > 0 ? "+" : value < 0 ? "−" : "±"}${formatNumber(Math.abs(value), lang)}`;

export interface UnitBreakdownProps {
  unit: UnitResult;
  issues: readonly Issue[];
  onSelectCell?: (sheet: string, cell: string) => void;
}

/** Every number of the member's total with where it came from: criteria, targets, bonuses, deductions, ties. */
export function UnitBreakdown({ unit, issues, onSelectCell }: UnitBreakdownProps) {
  const { it, lang, w } = useInsightText();
  const styles = useDetailStyles();
  const differences = selfScoreDifferences(unit, issues);
  return (
    <div data-testid="unit-breakdown">
      <section className={styles.part}>
        <h3 className={styles.heading}>{it("breakdownTitle")}</h3>
        <ul className={styles.list}>
          {unit.criteria.map((c) => (
            <li key={c.criterionCode}>
              <CriterionItem criterion={c} />
            </li>
          ))}
        </ul>
      </section>
      <section className={styles.part}>
        <h3 className={styles.heading}>{it("adjustmentsTitle")}</h3>
        {unit.adjustments.length === 0 ? (
          <span className={styles.muted}>{it("adjustmentNone")}</span>
        ) : (
          <ul className={styles.bullets}>
            {unit.adjustments.map((a, i) => (
              <li key={i}>
                <AdjustmentLine adjustment={a} it={it} lang={lang} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {unit.violations.length > 0 && (
        <section className={styles.part}>
          <h3 className={styles.heading}>{w.violations}</h3>
          <ul className={styles.bullets}>
            {unit.violations.map((v, i) => (
              <li key={i}>
                <span className={styles.strong}>{w.effect[v.effect]}</span>
                {v.description ? `: ${v.description}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className={styles.part}>
        <h3 className={styles.heading}>{it("tieBreakTitle")}</h3>
        <span className={styles.line}>{unit.tieBreak ? unit.tieBreak[lang] : w.placedByPercent}</span>
      </section>
      {differences.length > 0 && (
        <section className={styles.part} data-testid="self-score-differences">
          <h3 className={styles.heading}>{`${w.selfScoresDiffer} (${differences.length})`}</h3>
          <ul className={styles.bullets}>
            {differences.map((d, i) => (
              <li key={i}>
                {it("selfDiffLine", {
                  target: targetName(d.target, it),
                  self: formatNumber(d.self, lang),
                  points: formatNumber(d.points, lang),
                  diff: signed(d.difference, lang),
                })}{" "}
                <CellLink sheet={d.sheet} cell={d.cell} label={it("selectCell", { place: `${d.sheet}!${d.cell}` })} onSelect={onSelectCell} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function targetName(t: TargetResult, it: InsightText): string {
  return it("targetHead", { no: t.no ? `${t.no} ` : "", name: t.name });
}

function CriterionItem({ criterion: c }: { criterion: CriterionResult }) {
  const { it, lang } = useInsightText();
  const styles = useDetailStyles();
  const head = it("criterionHead", {
    code: c.criterionCode,
    name: c.name ? ` — ${c.name}` : "",
    points: formatNumber(c.points, lang),
    standard: formatInput(c.standardPoints, lang),
  });
  // Targets carry the explanations officers ask about; directly scored criteria stay folded.
  return (
    <details open={c.method === "targets"}>
      <summary className={styles.summary}>{head}</summary>
      <span className={styles.muted}>{c.explanation[lang]}</span>
      {c.method === "direct" && c.scoreUsed && <span className={styles.muted}>{it("scoreUsed", { which: it(SCORE_USED[c.scoreUsed]) })}</span>}
      {c.targets.length > 0 && (
        <ol className={styles.nested} aria-label={it("criterionTargets", { n: c.targets.length })}>
          {c.targets.map((t, i) => (
            <li key={i}>
              <TargetItem target={t} />
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

function TargetItem({ target: t }: { target: TargetResult }) {
  const { it, lang, w } = useInsightText();
  const styles = useDetailStyles();
  const num = (v: number) => formatNumber(v, lang);
  const measured = [
    it("targetDirection", { direction: w.direction[t.direction] }),
    ...(t.direction === "pass" ? [] : [it("targetPlanActual", { plan: t.plan === null ? "–" : formatInput(t.plan, lang), actual: formatInput(t.actual, lang) })]),
    it("targetRatio", { ratio: t.ratio === null ? "–" : `${formatNumber(t.ratio * 100, lang, 1)} %` }),
  ];
  const differs = t.selfScore !== null && Math.abs(t.selfScore - t.points) >= 0.005;
  return (
    <>
      <span className={styles.strong}>
        {targetName(t, it)}
        {t.unit ? ` (${t.unit})` : ""}
      </span>
      <span className={styles.line}>{measured.join(" · ")}</span>
      <span className={styles.line}>
        {it("targetPoints", { base: num(t.base), bonus: num(t.bonus), points: num(t.points) })}
        {t.capped ? ` · ${it("targetCapped")}` : ""}
      </span>
      <span className={styles.muted}>{t.explanation[lang]}</span>
      {differs && <span className={styles.warn}>{it("targetSelf", { self: num(t.selfScore as number), diff: signed((t.selfScore as number) - t.points, lang) })}</span>}
    </>
  );
}

function AdjustmentLine({ adjustment: a, it, lang }: { adjustment: AdjustmentResult; it: InsightText; lang: Lang }) {
  const styles = useDetailStyles();
  const sign = a.kind === "deduction" ? -a.points : a.points;
  return (
    <>
      <span className={styles.strong}>{signed(sign, lang)}</span> {a.reason[lang]}
      {a.count !== 1 ? ` (${it("adjustmentCount", { count: formatInput(a.count, lang), each: formatNumber(a.pointsEach, lang) })})` : ""}
    </>
  );
}
