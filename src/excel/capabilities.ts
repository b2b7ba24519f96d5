/**
 * What the running Excel build supports, probed once through Office.context.requirements.isSetSupported.
 * The manifest only demands ExcelApi 1.4 (see manifest.xml); everything newer is used when present and
 * skipped quietly when not, so Office 2016/2019 volume-licensed builds still rank (without polish).
 * Versions from the ExcelApi requirement-set tables on learn.microsoft.com (office/dev/add-ins/reference/requirement-sets/excel).
 */
export interface Capabilities {
  /** application.suspendApiCalculationUntilNextSync: ExcelApi 1.6. */
  suspendCalculation: boolean;
  /** worksheet.freezePanes: ExcelApi 1.7. */
  freezePanes: boolean;
  /** ChartSeriesCollection.add, ChartSeries.chartType / setValues (threshold lines over the bars): ExcelApi 1.7. */
  chartSeriesTypes: boolean;
  /** Worksheet.onChanged, worksheets.onAdded/onDeleted: ExcelApi 1.7. */
  changeEvents: boolean;
  /** Worksheet.onSelectionChanged (a row of Xếp hạng opens that member's detail): ExcelApi 1.7. */
  selectionEvents: boolean;
  /**
   * WorksheetCollection.onSelectionChanged (any sheet's selection, one handler for the workbook): ExcelApi 1.9.
   * It survives the recalculation replacing Xếp hạng, so nothing has to be re-attached after each write.
   */
  workbookSelectionEvents: boolean;
  /** context.runtime.enableEvents: ExcelApi 1.8. */
  enableEvents: boolean;
  /** worksheet.pageLayout (A4 landscape, fit to width, print titles): ExcelApi 1.9. */
  pageLayout: boolean;
  /** application.suspendScreenUpdatingUntilNextSync: ExcelApi 1.9. */
  suspendScreenUpdating: boolean;
  /** WorksheetChangedEventArgs.triggerSource ("ThisLocalAddin"): ExcelApi 1.14. */
  triggerSource: boolean;
}

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const excel = (version: string): boolean => {
    try {
      return isSetSupported("ExcelApi", version);
    } catch {
      // Outside Office (tests, a plain browser) the requirements object may be missing: assume the minimum.
      return false;
    }
  };
  return {
    suspendCalculation: excel("1.6"),
    freezePanes: excel("1.7"),
    chartSeriesTypes: excel("1.7"),
    changeEvents: excel("1.7"),
    selectionEvents: excel("1.7"),
    workbookSelectionEvents: excel("1.9"),
    enableEvents: excel("1.8"),
    pageLayout: excel("1.9"),
    suspendScreenUpdating: excel("1.9"),
    triggerSource: excel("1.14"),
  };
}

/** The running Office's answer, or "nothing beyond the minimum" when Office is not loaded. */
export function officeCapabilities(): Capabilities {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  return detectCapabilities((name, version) => requirements?.isSetSupported(name, version) ?? false);
}
