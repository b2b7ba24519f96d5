import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";
import { formatNumber } from "../../scoring/number-display";
import { GRADE_COLORS, type ChartData } from "../../workbook/meeting/chart-data";
import { BAR_HEIGHT, NAME_FONT_PX, SMALL_FONT_PX, chartLayout, chartWidth, shortName } from "../chart-layout";
import { useInsightText } from "../insights-i18n";
import { useElementWidth } from "../use-element-width";
import { useDetailStyles } from "./detail-styles";

const useStyles = makeStyles({
  // currentColor carries the theme's text colour into the SVG (dark and high contrast included). Drawn at
  // its own pixel size; only a container narrower than the minimum drawing scales it down.
  svg: { display: "block", maxWidth: "100%", height: "auto", color: tokens.colorNeutralForeground1, fontFamily: tokens.fontFamilyBase },
  threshold: { color: tokens.colorNeutralForeground2 },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  cell: { textAlign: "left", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: "top" },
  num: { textAlign: "right" },
  tableToggle: { marginTop: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase200 },
});

// A halo in the background colour keeps names readable where a threshold line runs behind them. Inline,
// because the theme's colour is a CSS variable and SVG presentation attributes do not resolve variables.
const HALO = { stroke: tokens.colorNeutralBackground1, strokeWidth: 3, strokeLinejoin: "round", paintOrder: "stroke" } as const;

/**
 * Percent by member in rank order with the grade thresholds, as horizontal bars laid out for the width
 * available (a 320 px pane up to a capped desktop column), text at a fixed pixel size.
 */
export function RankingChart({ data }: { data: ChartData }) {
  const { it, lang, w } = useInsightText();
  const styles = useStyles();
  const detail = useDetailStyles();
  const titleId = useId();
  const descId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const width = chartWidth(useElementWidth(sectionRef));
  const pct = (v: number) => formatNumber(v, lang);
  if (data.emptyMessage) {
    return (
      <section aria-labelledby={titleId} data-testid="ranking-chart" ref={sectionRef}>
        <Subtitle2 as="h2" id={titleId} block>
          {it("chartTitle")}
        </Subtitle2>
        <span className={detail.muted}>{data.emptyMessage[lang]}</span>
      </section>
    );
  }
  const layout = chartLayout(data, width);
  const first = data.bars[0];
  const last = data.bars[data.bars.length - 1];
  const summary = it("chartSummary", {
    n: data.bars.length,
    top: first.name,
    topPercent: pct(first.percent),
    bottom: last.name,
    bottomPercent: pct(last.percent),
    thresholds: data.thresholds.map((t) => t.label[lang]).join(", "),
  });
  return (
    <section aria-labelledby={titleId} data-testid="ranking-chart" ref={sectionRef}>
      <Subtitle2 as="h2" id={titleId} block>
        {it("chartTitle")}
      </Subtitle2>
      {data.axisNote ? (
        <span className={detail.muted} data-testid="chart-axis-note">
          {data.axisNote[lang]}
        </span>
      ) : null}
      <svg
        className={styles.svg}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby={`${titleId}-svg ${descId}`}
      >
        <title id={`${titleId}-svg`}>{data.title[lang]}</title>
        <desc id={descId}>{summary}</desc>
        {data.bars.map((bar, i) => {
          const at = layout.bars[i];
          return (
            <g key={bar.code} data-testid="chart-bar">
              <title>{`${bar.rank}. ${bar.name}: ${pct(bar.percent)} %${bar.behindLeader > 0 ? ` (−${pct(bar.behindLeader)})` : ""}`}</title>
              <text x={2} y={at.nameY} fontSize={NAME_FONT_PX} fill="currentColor" style={HALO}>
                {`${bar.rank}${bar.tied ? "=" : ""}. ${shortName(bar.name, layout.nameChars)}`}
              </text>
              <rect x={2} y={at.barY} width={Math.max(at.width, 1)} height={BAR_HEIGHT} fill={GRADE_COLORS[bar.colorKey]} stroke="currentColor" strokeWidth={0.5} />
            </g>
          );
        })}
        {/* Drawn over the bars, so a bar's end can be read against the band it reaches. */}
        <g className={styles.threshold}>
          {layout.thresholds.map((at) => {
            const t = at.threshold;
            return (
              <g key={t.grade}>
                {/* Through the label rows and the bars only: a line across the names would strike them out. */}
                {at.segments.map((seg, k) => (
                  <line key={k} x1={at.x} x2={at.x} y1={seg.y1} y2={seg.y2} stroke="currentColor" strokeWidth={1} strokeDasharray="3 2" />
                ))}
                <text x={at.x - 3} y={at.labelY} textAnchor="end" fontSize={SMALL_FONT_PX} fill="currentColor">
                  {t.label[lang]}
                </text>
              </g>
            );
          })}
        </g>
        {/* Percents last, with their halo above any threshold line that reaches past a short bar. */}
        {data.bars.map((bar, i) => (
          <text key={bar.code} x={layout.bars[i].percentX} y={layout.bars[i].barY + BAR_HEIGHT - 2} fontSize={SMALL_FONT_PX} fill="currentColor" style={HALO}>
            {`${pct(bar.percent)} %`}
          </text>
        ))}
      </svg>
      <details className={styles.tableToggle}>
        <summary className={detail.summary}>{it("chartTable")}</summary>
        <table className={styles.table}>
          <caption className="ktd-visually-hidden">{data.title[lang]}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>{w.rank}</th>
              <th scope="col" className={styles.cell}>{w.unit}</th>
              <th scope="col" className={`${styles.cell} ${styles.num}`}>{w.percentColumn}</th>
              <th scope="col" className={styles.cell}>{w.gradeColumn}</th>
            </tr>
          </thead>
          <tbody>
            {data.bars.map((bar) => (
              <tr key={bar.code}>
                <td className={styles.cell}>{`${bar.rank}${bar.tied ? "=" : ""}`}</td>
                <td className={styles.cell}>{bar.name}</td>
                <td className={`${styles.cell} ${styles.num}`}>{pct(bar.percent)}</td>
                <td className={styles.cell}>{bar.grade ? w.gradeShort[bar.grade] : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
