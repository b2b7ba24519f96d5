import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Localized } from "../../scoring/types";
import { useLanguage } from "../language";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginTop: tokens.spacingVerticalXXS },
  single: { marginTop: tokens.spacingVerticalXS },
});

/**
 * What the writer wants the officer to know about the sheets it wrote (e.g. their own 'Bảng tổng hợp'
 * kept, ours under 'Bảng tổng hợp (2)'). Information, not a problem with the data: nothing to fix, so
 * it is neither an alert nor listed among the problems. Nothing is shown when there is nothing to say.
 */
export function WriteNotes({ notes }: { notes: readonly Localized[] | undefined }) {
  const { lang, t } = useLanguage();
  const styles = useStyles();
  if (!notes || notes.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="write-notes">
      <MessageBarBody>
        <MessageBarTitle>{t("writeNotesTitle")}</MessageBarTitle>
        {/* A single note reads better as a sentence than as a one-item list. */}
        {notes.length === 1 ? (
          <div className={styles.single}>{notes[0][lang]}</div>
        ) : (
          <ul className={styles.list}>
            {notes.map((note, i) => (
              <li key={i} className={styles.item}>
                {note[lang]}
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
