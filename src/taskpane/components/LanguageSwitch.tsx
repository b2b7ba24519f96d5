import { Button } from "@fluentui/react-components";
import { useLanguage } from "../language";

/** One compact button naming the other language in that language, the usual convention for switchers. */
export function LanguageSwitch() {
  const { lang, t, setLang } = useLanguage();
  const other = lang === "vi" ? "en" : "vi";
  const label = other === "en" ? t("languageEn") : t("languageVi");
  return (
    <Button
      appearance="subtle"
      size="small"
      lang={other}
      aria-label={`${t("languageLabel")}: ${label}`}
      onClick={() => setLang(other)}
    >
      {label}
    </Button>
  );
}
