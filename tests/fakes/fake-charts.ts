import { apiNotFound, FakeOfficeError } from "./fake-errors";
import { qualifiedAddress } from "./fake-address";
import type { FakeRequestContext } from "./fake-context";
import type { FakeChartModel, FakeChartSeriesModel, FakeSheetModel } from "./fake-model";
import type { FakeRange, Located } from "./fake-range";

/**
 * Charts, minimally: what was asked for (type, source range, title, position, value axis, series) is
 * recorded on the sheet model so tests can check it. Like the real API, the series calls newer than the
 * configured ExcelApi version throw (series.add, setValues, setXAxisValues, chartType: ExcelApi 1.7).
 */
export class FakeChartCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => FakeSheetModel | null,
  ) {}

  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    const chart = new FakeChart(this.context);
    this.context.enqueue({ type, seriesBy }, () => {
      const sheet = this.sheet();
      if (!sheet) throw new FakeOfficeError("ItemNotFound", "Cannot add a chart to a null Worksheet.");
      const source = locatedOrThrow(sourceData, "chart source");
      const model: FakeChartModel = {
        type,
        seriesBy,
        source: qualifiedAddress(source.sheet.name, source.rect),
        title: null,
        position: null,
        valueAxis: {},
        series: initialSeries(source, seriesBy),
      };
      sheet.charts.push(model);
      sheet.writeLog.push(`chart ${type}`);
      chart.bind(model);
    });
    return chart;
  }
}

/** Excel's reading of a source range by columns: a first column of text is the categories, every other column one series named by its header. */
function initialSeries(source: Located, seriesBy: string): FakeChartSeriesModel[] {
  if (seriesBy === "Rows") throw new FakeOfficeError("InvalidArgument", "This fake models charts with series by columns only.");
  const values = source.sheet.valuesIn(source.rect);
  const body = values.slice(1);
  const textCategories = source.rect.cols > 1 && body.length > 0 && body.every((row) => typeof row[0] === "string");
  const first = textCategories ? 1 : 0;
  const series: FakeChartSeriesModel[] = [];
  for (let c = first; c < source.rect.cols; c++) {
    const col = source.rect.col + c;
    series.push({
      name: String(values[0]?.[c] ?? ""),
      chartType: null,
      values: qualifiedAddress(source.sheet.name, { row: source.rect.row + 1, col, rows: source.rect.rows - 1, cols: 1 }),
      xValues: textCategories ? qualifiedAddress(source.sheet.name, { row: source.rect.row + 1, col: source.rect.col, rows: source.rect.rows - 1, cols: 1 }) : null,
    });
  }
  return series;
}

function locatedOrThrow(range: FakeRange, what: string): Located {
  const at = range.located();
  if (!at) throw new FakeOfficeError("ItemNotFound", `The ${what} is a null Range.`);
  return at;
}

export class FakeChart {
  private model: FakeChartModel | null = null;
  readonly title: { text: string };
  readonly axes: { valueAxis: { minimum: number | string; maximum: number | string } };
  readonly series: FakeChartSeriesCollection;

  constructor(private readonly context: FakeRequestContext) {
    const set = (payload: unknown, apply: (chart: FakeChartModel) => void): void => this.context.enqueue(payload, () => apply(this.required()));
    this.title = {
      set text(value: string) {
        set(value, (chart) => (chart.title = value));
      },
      get text(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "Chart.title.text is write-only in this fake.");
      },
    };
    const axis = {
      set minimum(value: number | string) {
        set(value, (chart) => (chart.valueAxis.minimum = value));
      },
      get minimum(): number | string {
        throw new FakeOfficeError("PropertyNotLoaded", "ChartAxis.minimum is write-only in this fake.");
      },
      set maximum(value: number | string) {
        set(value, (chart) => (chart.valueAxis.maximum = value));
      },
      get maximum(): number | string {
        throw new FakeOfficeError("PropertyNotLoaded", "ChartAxis.maximum is write-only in this fake.");
      },
    };
    this.axes = { valueAxis: axis };
    this.series = new FakeChartSeriesCollection(context, () => this.required());
  }

  bind(model: FakeChartModel): void {
    this.model = model;
  }

  required(): FakeChartModel {
    if (!this.model) throw new FakeOfficeError("GeneralException", "Chart used before its creating call ran.");
    return this.model;
  }

  setPosition(startCell: string, endCell?: string): void {
    this.context.enqueue([startCell, endCell], () => {
      this.required().position = { start: startCell, end: endCell };
    });
  }
}

export class FakeChartSeriesCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly chart: () => FakeChartModel,
  ) {}

  add(name?: string): FakeChartSeries {
    if (!this.context.model.supports("1.7")) throw apiNotFound("ChartSeriesCollection.add", "1.7");
    const series = new FakeChartSeries(this.context);
    this.context.enqueue(name, () => {
      const model: FakeChartSeriesModel = { name: name ?? "", chartType: null, values: null, xValues: null };
      this.chart().series.push(model);
      series.bind(model);
    });
    return series;
  }
}

export class FakeChartSeries {
  private model: FakeChartSeriesModel | null = null;

  constructor(private readonly context: FakeRequestContext) {}

  bind(model: FakeChartSeriesModel): void {
    this.model = model;
  }

  private queue(payload: unknown, patch: (series: FakeChartSeriesModel) => void): void {
    this.context.enqueue(payload, () => {
      if (!this.model) throw new FakeOfficeError("GeneralException", "Series used before its creating call ran.");
      patch(this.model);
    });
  }

  set chartType(value: string) {
    if (!this.context.model.supports("1.7")) throw apiNotFound("ChartSeries.chartType", "1.7");
    this.queue(value, (s) => (s.chartType = value));
  }
  get chartType(): string {
    throw new FakeOfficeError("PropertyNotLoaded", "ChartSeries.chartType is write-only in this fake.");
  }

  setValues(sourceData: FakeRange): void {
    if (!this.context.model.supports("1.7")) throw apiNotFound("ChartSeries.setValues", "1.7");
    this.queue(undefined, (s) => {
      const at = locatedOrThrow(sourceData, "series values");
      s.values = qualifiedAddress(at.sheet.name, at.rect);
    });
  }

  setXAxisValues(sourceData: FakeRange): void {
    if (!this.context.model.supports("1.7")) throw apiNotFound("ChartSeries.setXAxisValues", "1.7");
    this.queue(undefined, (s) => {
      const at = locatedOrThrow(sourceData, "series categories");
      s.xValues = qualifiedAddress(at.sheet.name, at.rect);
    });
  }
}
