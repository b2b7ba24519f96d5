import { makeStyles, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../scoring/format";
import type { UnitResult } from "../../scoring/types";
import { AWARD_LABEL, GRADE_LABEL } from "../labels";
import { useLanguage } from "../language";

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

/** Everything the compact row abbreviates, spelled out. */
export function UnitDetail({ unit, sections }: { unit: UnitResult; sections: string[] }) {
  const { t, lang } = useLanguage();
  const styles = useStyles();
  const num = (v: number) => formatNumber(v, lang);
  const rows: [string, string][] = [
    ...sections.map((s): [string, string] => [t("detailSection", { section: s }), num(unit.sections[s] ?? 0)]),
    [t("detailBonus"), num(unit.bonus)],
    [t("detailDeduction"), num(unit.deduction)],
    [t("detailTotal"), num(unit.total)],
    [t("detailMax"), num(unit.max)],
    [t("detailPercent"), `${num(unit.percent)} %`],
    [t("detailGrade"), unit.grade ? t(GRADE_LABEL[unit.grade].full) : "—"],
    [t("detailAward"), unit.award ? t(AWARD_LABEL[unit.award].full) : t("awardNone")],
  ];
  if (unit.tieBreak) rows.push([t("detailTieBreak"), unit.tieBreak[lang]]);
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: "contents" }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
      {unit.notes.length > 0 && (
        <>
          <dt className={styles.term}>{t("detailNotes")}</dt>
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
  );
}
