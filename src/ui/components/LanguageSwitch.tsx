import type { Lang } from "../../scoring/types";
import type { PaneKey } from "../pane-language";
import { Button, makeStyles } from "@fluentui/react-components";
import { useLanguage } from "../language";

const useStyles = makeStyles({
  // Beside a long title in a narrow pane: the title wraps, the language name does not.
  root: { whiteSpace: "nowrap", flexShrink: 0 },
});

const OTHER_LANGUAGE: Record<Lang, Lang> = { vi: "en", en: "vi" };
const LANGUAGE_NAME: Record<Lang, PaneKey> = { vi: "languageVi", en: "languageEn" };

/** One compact button naming the other language in that language, the usual convention for switchers. */
export function LanguageSwitch() {
  const { lang, t, setLang } = useLanguage();
  const styles = useStyles();
  const other = OTHER_LANGUAGE[lang];
  const label = t(LANGUAGE_NAME[other]);
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
