import { Button, Caption1, Link, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Suspense, useEffect, useId, useRef, useSyncExternalStore } from "react";
import { lazyWithPreload } from "../../ui/lazy-component";
import type { Lang } from "../../scoring/types";
import { saveBytes } from "../download";
import type { FileHost } from "../file-host";
import { formatFileSize } from "../file-size";
import { SAMPLE_URL } from "../sample";
import type { WebTranslate } from "../web-text";
import { DownloadIcon, InfoIcon, SheetIcon, UploadIcon } from "./icons";

/** What the picker offers first; any file is still accepted, because the bytes decide (a renamed .xlsx works). */
const ACCEPT = ".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    textAlign: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
  },
  zoneOver: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  icon: { color: tokens.colorBrandForeground1 },
  pickLine: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap", justifyContent: "center" },
  hint: { color: tokens.colorNeutralForeground3, maxWidth: "36em" },
  input: { position: "absolute", width: "1px", height: "1px", opacity: 0, overflow: "hidden" },
  fileLine: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  result: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorPaletteGreenBackground1,
  },
  resultBlocked: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  downloadButton: { maxWidth: "100%", overflowWrap: "anywhere", textAlign: "left" },
  resultHint: { flexBasis: "20em", flexGrow: 1 },
  // A line of its own under the button and hint: each note is a sentence or two, too long to sit beside them.
  notes: { flexBasis: "100%", paddingTop: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  notesList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  note: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  // Lined up with the first line of the note's text.
  noteIcon: { display: "flex", flexShrink: 0, paddingTop: "1px", color: tokens.colorBrandForeground1 },
  noteText: { color: tokens.colorNeutralForeground1 },
});

export interface FilePanelProps {
  host: FileHost;
  t: WebTranslate;
  lang: Lang;
  /** True while a file is dragged over the page (the whole page accepts the drop). */
  dragging: boolean;
  /** One file (the App shows it) or several (the province summary). */
  onOpen(files: readonly File[]): void;
  /** False while several files are shown: the open file's line and download belong to the single-file view. */
  showOpenFile?: boolean;
}

/** Shares the App's "running" chunk (its progress indicators hold the same Spinner), preloaded after the first paint. */
const PreparingSpinner = lazyWithPreload(() => import(/* webpackChunkName: "running" */ "./PreparingSpinner").then((m) => m.PreparingSpinner));

/** Choosing the file or files (drop or picker), what is open, the result to download and the sample. */
export function FilePanel({ host, t, lang, dragging, onOpen, showOpenFile = true }: FilePanelProps) {
  const styles = useStyles();
  const snapshot = useSyncExternalStore(host.subscribe, host.getSnapshot, host.getSnapshot);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const { file, result } = showOpenFile ? snapshot : { file: null, result: null };
  useEffect(() => {
    // A failed download is retried when the icon is first needed.
    PreparingSpinner.preload().catch(() => undefined);
  }, []);

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <div className={mergeClasses(styles.zone, dragging && styles.zoneOver)} data-testid="drop-zone">
        <span className={styles.icon}>
          <UploadIcon />
        </span>
        <Text as="p" id={titleId} size={400} weight="semibold">
          {t("dropTitle")}
        </Text>
        <div className={styles.pickLine}>
          <Text>{t("dropOr")}</Text>
          <Button appearance="primary" onClick={() => input.current?.click()}>
            {t("pick")}
          </Button>
        </div>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept={ACCEPT}
          multiple
          tabIndex={-1}
          aria-label={t("dropLabel")}
          data-testid="file-input"
          onChange={(event) => {
            const chosen = Array.from(event.currentTarget.files ?? []);
            if (chosen.length > 0) onOpen(chosen);
            // Cleared so that picking the same file again (after saving it in Excel) opens it again.
            event.currentTarget.value = "";
          }}
        />
        <Caption1 className={styles.hint}>{t("dropHint")}</Caption1>
        <Link href={SAMPLE_URL} download>
          {t("sampleLink")}
        </Link>
      </div>
      {file && (
        <div className={styles.fileLine} data-testid="opened-file">
          <SheetIcon />
          <Text>{t("openedFile", { name: file.name, size: formatFileSize(file.size, lang) })}</Text>
        </div>
      )}
      {result && (
        <div className={mergeClasses(styles.result, (result.status === "blocked" || result.error !== null) && styles.resultBlocked)} data-testid="result">
          {result.error ? (
            <Text>{t("writeFailed", { detail: result.error[lang] })}</Text>
          ) : (
            <>
              <Button
                className={styles.downloadButton}
                appearance="primary"
                icon={
                  result.bytes ? (
                    <DownloadIcon />
                  ) : (
                    <Suspense fallback={null}>
                      <PreparingSpinner />
                    </Suspense>
                  )
                }
                disabledFocusable={!result.bytes}
                data-testid={result.bytes ? "download" : "download-pending"}
                onClick={() => result.bytes && saveBytes(result.bytes, result.fileName)}
              >
                {result.bytes ? t(result.status === "ranked" ? "download" : "downloadBlocked", { name: result.fileName }) : t("preparing", { name: result.fileName })}
              </Button>
              <Caption1 className={styles.resultHint}>{t(result.status === "ranked" ? "downloadHintRanked" : "downloadHintBlocked")}</Caption1>
              {result.notes.length > 0 && (
                // No visible title: the notes themselves start with what they are about ("Lưu ý: …").
                <div className={styles.notes} role="note" aria-label={t("downloadNotesTitle")} data-testid="download-notes">
                  <ul className={styles.notesList}>
                    {result.notes.map((note, i) => (
                      <li key={i} className={styles.note}>
                        <span className={styles.noteIcon}>
                          <InfoIcon />
                        </span>
                        <Caption1 className={styles.noteText}>{note[lang]}</Caption1>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
