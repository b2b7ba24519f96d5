import { Button, makeStyles } from "@fluentui/react-components";
import { useLanguage } from "../language";

const useStyles = makeStyles({
  // Beside a long title in a narrow pane: the title wraps, the language name does not.
  root: { whiteSpace: "nowrap", flexShrink: 0 },
});

/** One compact button naming the other language in that language, the usual convention for switchers. */
export function LanguageSwitch() {
  const { lang, t, setLang } = useLanguage();
  const styles = useStyles();
  const other = lang === "vi" ? "en" : "vi";
  const label = other === "en" ? t("languageEn") : t("languageVi");
  return (
    <Button
      appearance="subtle"
      size="small"
      className={styles.root}
      lang={other}
      aria-label={`${t("languageLabel")}: ${label}`}
      onClick={() => setLang(other)}
    >
      {label}
    </Button>
  );
}
