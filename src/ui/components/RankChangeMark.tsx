import { makeStyles, tokens } from "@fluentui/react-components";
import { useInsightText } from "../insights-i18n";
import { useLanguage } from "../language";
import type { RankChange } from "../rank-change";

const useStyles = makeStyles({
  root: { display: "block", fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, whiteSpace: "nowrap" },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  other: { color: tokens.colorNeutralForeground3 },
});

/** ▲2 / ▼1 / – / Mới under the rank (the marks of the Xếp hạng sheet's Thay đổi hạng column); the arrow is hidden from screen readers, which read the words. */
export function RankChangeMark({ change }: { change: RankChange | undefined }) {
  const { t } = useLanguage();
  const { w } = useInsightText();
  const styles = useStyles();
  if (!change) return null;
  const [mark, label, cls] =
    change.kind === "up"
      ? [`▲${change.places}`, t("changeUp", { n: change.places }), styles.up]
      : change.kind === "down"
        ? [`▼${change.places}`, t("changeDown", { n: change.places }), styles.down]
        : change.kind === "same"
          ? ["–", t("changeSame"), styles.other]
          : [w.rankChangeNew, t("changeNew"), styles.other];
  return (
    <span className={`${styles.root} ${cls}`} title={label}>
      <span aria-hidden>{mark}</span>
      <span className="ktd-visually-hidden">{label}</span>
    </span>
  );
}
