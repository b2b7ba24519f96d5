import { makeStyles, tokens } from "@fluentui/react-components";

/** A button that reads as text: no frame, fill or spacing of its own, the surrounding font. */
const plainButton = { appearance: "none", backgroundColor: "transparent", border: "none", padding: 0, margin: 0, font: "inherit" } as const;

/** The keyboard focus ring of the pane's own (non-Fluent) buttons. */
export const focusRing = { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" } } as const;

/** A full-width block of text that is a button: a member's name in the ranking, a problem in the list. */
export const blockButton = { ...plainButton, textAlign: "left", boxSizing: "border-box", display: "block", width: "100%" } as const;

/** Shared look of the member detail's parts: small headings, compact nested lists, muted explanations. */
export const useDetailStyles = makeStyles({
  part: { marginTop: tokens.spacingVerticalM },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  nested: {
    listStyleType: "none",
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: `0 0 0 ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  bullets: { margin: 0, paddingLeft: "1.2em" },
  summary: {
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusSmall,
    ...focusRing,
  },
  strong: { fontWeight: tokens.fontWeightSemibold },
  line: { display: "block", fontVariantNumeric: "tabular-nums" },
  muted: { display: "block", color: tokens.colorNeutralForeground3 },
  warn: { display: "block", color: tokens.colorPaletteDarkOrangeForeground1 },
  cellButton: {
    ...plainButton,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusSmall,
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ...focusRing,
  },
});
