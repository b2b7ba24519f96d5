import type { OfficeThemeLike } from "../ui/theme";

/** Office's theme (the pane should match the ribbon), null outside Office or before it is ready. */
export function officeThemeNow(): OfficeThemeLike | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.officeTheme ?? null) : null;
  } catch {
    return null;
  }
}
