import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WebTranslate } from "../web-text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
  title: { color: tokens.colorNeutralForeground1 },
  command: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    overflowX: "auto",
  },
});

/** How to do the same without a browser: the command line, and the add-in inside Excel. */
export function Footer({ t }: { t: WebTranslate }) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="footer">
      <Text as="h2" weight="semibold" className={styles.title}>
        {t("footerCliTitle")}
      </Text>
      <Text>{t("footerCli")}</Text>
      <pre className={styles.command}>
        <code>{t("footerCliCommand")}</code>
      </pre>
      <Caption1>{t("footerCliResult")}</Caption1>
      <Caption1>{t("footerAddin")}</Caption1>
    </div>
  );
}
