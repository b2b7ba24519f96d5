import { Button, Caption1, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../scoring/types";
import { words } from "../../scoring/vocabulary/words";
import { formatNumber } from "../../scoring/number-display";
import { BATCH_STATUS_LABELS, BATCH_SUMMARY_FILES, batchCounts, firstProblems, problemText, type BatchFileEntry } from "../../workbook/batch/batch-summary";
import { saveBytes } from "../download";
import type { BatchView } from "../use-batch";
import type { WebTranslate } from "../web-text";
import { DownloadIcon } from "./icons";

/** Members shown per ranked file: the summary is for comparing blocs; one file dropped alone shows them all. */
const TOP = 3;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: "1.2em" },
  downloads: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  blocked: { color: tokens.colorPaletteDarkOrangeForeground1 },
  unreadable: { color: tokens.colorPaletteRedForeground1 },
  cell: { overflowWrap: "anywhere", verticalAlign: "top" },
});

export interface BatchSummaryProps {
  view: BatchView;
  t: WebTranslate;
  lang: Lang;
}

/** Several files at once: per file its bloc, year, status and leaders or first problems, and the downloads. */
export function BatchSummary({ view, t, lang }: BatchSummaryProps) {
  const styles = useStyles();
  if (view.status === "running") {
    return (
      <div className={styles.root} data-testid="batch-running">
        <Spinner size="small" label={t("batchRunning", { index: view.index, count: view.count, name: view.name })} />
      </div>
    );
  }
  if (view.status === "failed") return <Text data-testid="batch-failed">{t("batchFailed", { detail: view.detail })}</Text>;
  const { entries, copies, summary } = view.batch;
  const counts = batchCounts(entries);
  // The same column names as the Tổng hợp sheet of the downloaded summary.
  const heading = words(lang).batchSheet;
  return (
    <section className={styles.root} data-testid="batch-summary">
      <Text as="h2" size={500} weight="semibold">
        {t("batchTitle", { count: entries.length })}
      </Text>
      <Text data-testid="batch-counts">{t("batchCounts", { ...counts })}</Text>
      <div className={styles.downloads}>
        <Button appearance="primary" icon={<DownloadIcon />} data-testid="batch-download-summary" onClick={() => saveBytes(summary, BATCH_SUMMARY_FILES.workbook)}>
          {t("download", { name: BATCH_SUMMARY_FILES.workbook })}
        </Button>
      </div>
      <Table size="small" aria-label={t("batchTitle", { count: entries.length })}>
        <TableHeader>
          <TableRow>
            {[heading.file, heading.bloc, heading.year, heading.status, t("batchDetail")].map((text) => (
              <TableHeaderCell key={text}>{text}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.file} data-testid="batch-row">
              <TableCell className={styles.cell}>{entry.file}</TableCell>
              <TableCell className={styles.cell}>{entry.bloc}</TableCell>
              <TableCell className={styles.cell}>{entry.year ?? ""}</TableCell>
              <TableCell className={`${styles.cell} ${entry.status === "ranked" ? "" : styles[entry.status]}`} data-testid="batch-status">
                {BATCH_STATUS_LABELS[entry.status][lang]}
              </TableCell>
              <TableCell className={styles.cell}>
                <EntryDetail entry={entry} t={t} lang={lang} listClass={styles.list} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {copies.length > 0 && (
        <div className={styles.downloads} role="group" aria-label={t("batchDownloadsTitle")}>
          <Text weight="semibold">{t("batchDownloadsTitle")}:</Text>
          {copies.map((copy) => (
            <Button key={copy.fileName} icon={<DownloadIcon />} data-testid="batch-download-copy" onClick={() => saveBytes(copy.bytes, copy.fileName)}>
              {copy.fileName}
            </Button>
          ))}
        </div>
      )}
      <Caption1>{t("batchHint")}</Caption1>
    </section>
  );
}

function EntryDetail({ entry, t, lang, listClass }: { entry: BatchFileEntry; t: WebTranslate; lang: Lang; listClass: string }) {
  if (entry.status === "ranked") {
    return (
      <ol className={listClass}>
        {entry.units.slice(0, TOP).map((u) => (
          <li key={u.code}>{t("batchMember", { rank: u.rank ?? "–", name: u.name, percent: formatNumber(u.percent, lang) })}</li>
        ))}
      </ol>
    );
  }
  const shown = firstProblems(entry);
  const more = entry.issues.length - shown.length;
  return (
    <ul className={listClass}>
      {shown.map((issue, i) => (
        <li key={i}>{problemText(issue)}</li>
      ))}
      {more > 0 && <li>{t("batchMoreProblems", { count: more })}</li>}
    </ul>
  );
}
