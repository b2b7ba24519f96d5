import { makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../scoring/number-display";
import type { Issue, UnitResult } from "../../scoring/types";
import type { MemberGap } from "../../scoring/what-it-takes";
import { useInsightText } from "../insights-i18n";
import { UnitBreakdown } from "./UnitBreakdown";
import { WhatItTakes } from "./WhatItTakes";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere", fontVariantNumeric: "tabular-nums" },
  notes: { margin: 0, paddingLeft: "1.2em" },
});

export interface UnitDetailProps {
  unit: UnitResult;
  sections: string[];
  /** The calculation's issues, for the member's self-score warnings. */
  issues?: readonly Issue[];
  /** What it takes for this member; undefined when not worked out (the part is then left out). */
  gap?: MemberGap | null;
  blocked?: boolean;
  onSelectCell?: (sheet: string, cell: string) => void;
}

/** Everything the compact row abbreviates, spelled out, then why each number is what it is. */
export function UnitDetail({ unit, sections, issues = [], gap, blocked = false, onSelectCell }: UnitDetailProps) {
  const { lang, w } = useInsightText();
  const styles = useStyles();
  const num = (v: number) => formatNumber(v, lang);
  const rows: [string, string][] = [
    ...sections.map((s): [string, string] => [w.section({ section: s }), num(unit.sections[s] ?? 0)]),
    [w.bonus, num(unit.bonus)],
    [w.deduction, num(unit.deduction)],
    [w.total, num(unit.total)],
    [w.max, num(unit.max)],
    [w.percent, `${num(unit.percent)} %`],
    [w.gradeColumn, unit.grade ? w.grade[unit.grade] : "—"],
    [w.cliShortColumn.award, unit.award ? w.award[unit.award] : w.awardNone],
  ];
  return (
    <>
      <dl className={styles.list}>
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
        {unit.notes.length > 0 && (
          <>
            <dt className={styles.term}>{w.notes}</dt>
            <dd className={styles.value}>
              <ul className={styles.notes}>
                {unit.notes.map((n, i) => (
                  <li key={i}>{n[lang]}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {gap !== undefined && <WhatItTakes gap={gap} blocked={blocked} ranked={unit.rank !== null} />}
      <UnitBreakdown unit={unit} issues={issues} onSelectCell={onSelectCell} />
    </>
  );
}
