/**
 * The add-in's Excel traffic: syncs and request bytes per recalculation (Khối 17 sample and a generated
 * 300-member × 20-target bloc), for the first calculation and for the next one (the hidden history then
 * holds the previous calculation: read back in the same read sync, written again with this one), wall
 * time against the fake Excel with a simulated 100 ms round trip per sync beside a naive adapter that
 * syncs per row. Goals (bench/goals.ts): at most 2 round trips per recalculation, ≥ 50× faster than the
 * per-row adapter on 300 × 20. Every sheet the program writes counts: the contract's three, the meeting
 * documents, the chart sheet, the visible history and the hidden history data. The task pane's download
 * size is measured with its first render (bench/pane.bench.ts). Run: npm run bench.
 */
import { detectCapabilities } from "../src/excel/capabilities";
import type { ExcelRun } from "../src/excel/excel-run";
import { createExcelHost } from "../src/excel/recalculate";
import { extraWrites, outputWrites } from "../src/excel/sheet-writes";
import { calculateWithExtras } from "../src/workbook/extras/extras";
import { KHOI_17_SAMPLE } from "../src/workbook/sample/khoi-17-kien-giang-2018";
import { FakeExcel, type FakeExcelOptions, type FakeWorkbookSeed } from "../tests/fakes/fake-excel";
import { generateBloc } from "./generate";
import { measured, reportGoal } from "./goal";
import { GOALS, type Goal } from "./goals";

const ROUND_TRIP_MS = 100;
const NOW = new Date(2019, 0, 15);

type SeedCell = string | number | boolean | null;

function toSeedCell(value: unknown): SeedCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

interface Seed {
  name: string;
  seed: FakeWorkbookSeed;
  /** Its goals: syncs of the first calculation, of the next one (history present), the speed-up. */
  syncs: Goal;
  again?: Goal;
  speedup?: Goal;
}

function seeds(): Seed[] {
  const generated = generateBloc(300, 20);
  return [
    { name: "Khối 17 (mẫu)", seed: { sheets: KHOI_17_SAMPLE.map((s) => ({ name: s.name, rows: s.rows })) }, syncs: GOALS.addinSyncsSample },
    {
      name: "300 đơn vị × 20 chỉ tiêu",
      seed: { sheets: generated.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map(toSeedCell)) })) },
      syncs: GOALS.addinSyncs300,
      again: GOALS.addinSyncsAgain,
      speedup: GOALS.addinSpeedup,
    },
  ];
}

function runOf(fake: FakeExcel): ExcelRun {
  return ((batch: (c: Excel.RequestContext) => Promise<unknown>, reuse?: Excel.RequestContext) =>
    reuse ? fake.run(reuse, batch) : fake.run({ delayForCellEdit: true }, batch)) as ExcelRun;
}

interface AdapterRun {
  fake: FakeExcel;
  ms: number;
  status: string;
  /** Syncs of the first (timed) calculation. */
  syncs: number;
  /** Syncs and request bytes of the second calculation on the same workbook (history present). */
  again: { syncs: number; bytes: number[]; historyChars: number };
}

async function adapterRun(seed: FakeWorkbookSeed, options: FakeExcelOptions): Promise<AdapterRun> {
  const fake = new FakeExcel(seed, options);
  const host = createExcelHost({ run: runOf(fake), capabilities: detectCapabilities((n, v) => fake.isSetSupported(n, v)), now: () => NOW });
  const started = performance.now();
  const outcome = await host.recalculate({ lang: "vi" });
  const ms = performance.now() - started;
  const first = { syncs: fake.stats.syncs, bytes: fake.stats.bytesPerSync.length };
  const second = await host.recalculate({ lang: "vi" });
  const historyChars = (second.extras?.historyData.rows ?? []).flat().reduce((sum, cell) => sum + cell.length, 0);
  return {
    fake,
    ms,
    status: outcome.status,
    syncs: first.syncs,
    again: { syncs: fake.stats.syncs - first.syncs, bytes: fake.stats.bytesPerSync.slice(first.bytes), historyChars },
  };
}

/**
 * What the adapter replaces: list the sheets, then read each sheet's used range one by one, then write
 * every output row with its own request. Written only here, as the yardstick.
 */
async function naiveRun(seed: FakeWorkbookSeed, options: FakeExcelOptions): Promise<{ fake: FakeExcel; ms: number }> {
  const fake = new FakeExcel(seed, options);
  const started = performance.now();
  await fake.run(async (context: ReturnType<FakeExcel["context"]>) => {
    const list = context.workbook.worksheets.load("items/name");
    await context.sync();
    const sheets = [];
    for (const sheet of list.items) {
      const used = sheet.getUsedRange(true).load("values, rowIndex, columnIndex");
      await context.sync();
      sheets.push({ name: sheet.name, rows: used.values.map((r) => r.map((v) => (v === "" ? null : (v as SeedCell)))), originRow: used.rowIndex + 1, originCol: used.columnIndex + 1 });
    }
    const calculation = calculateWithExtras({ sheets }, { lang: "vi", now: NOW });
    for (const { sheet: rendered } of [...outputWrites(calculation.outputs), ...extraWrites(calculation.extras)]) {
      const target = context.workbook.worksheets.add(rendered.name);
      for (let r = 0; r < rendered.values.length; r++) {
        const row = target.getRange(`A${r + 1}:${String.fromCharCode(64 + Math.min(rendered.values[r].length, 26))}${r + 1}`);
        row.numberFormat = [rendered.numberFormats[r].slice(0, 26)];
        row.values = [rendered.values[r].slice(0, 26) as (string | number)[]];
        await context.sync();
      }
    }
  });
  return { fake, ms: performance.now() - started };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export async function run(): Promise<void> {
  for (const { name, seed, syncs, again, speedup } of seeds()) {
    const counted = await adapterRun(seed, {});
    if (counted.status !== "ranked") throw new Error(`${name}: the recalculation ended "${counted.status}", not ranked: the figures would measure less work`);
    const bytes = counted.fake.stats.bytesPerSync.slice(0, counted.fake.stats.bytesPerSync.length - counted.again.bytes.length);
    const total = (list: number[]): string => kb(list.reduce((a, b) => a + b, 0));
    console.log(`${name}: ${counted.status}, request bytes per sync [${bytes.map(kb).join(", ")}], total ${total(bytes)}`);
    reportGoal(syncs, counted.syncs);
    console.log(
      `      next calculation (history of ${Math.round(counted.again.historyChars / 1000)}k characters read back and rewritten): [${counted.again.bytes.map(kb).join(", ")}], total ${total(counted.again.bytes)}`,
    );
    if (again) reportGoal(again, counted.again.syncs);
    else measured("next calculation round trips", counted.again.syncs, "syncs");
    const adapter = await adapterRun(seed, { roundTripMs: ROUND_TRIP_MS });
    // The naive adapter makes thousands of syncs: sleeping 100 ms for each would take minutes, so its
    // wall time is its measured run without delay plus 100 ms per sync (the adapter's is measured with the delay).
    const naive = await naiveRun(seed, {});
    const naiveMs = naive.ms + naive.fake.stats.syncs * ROUND_TRIP_MS;
    console.log(`      with ${ROUND_TRIP_MS} ms per round trip: adapter ${Math.round(adapter.ms)} ms (${adapter.syncs} syncs), naive per-row ${Math.round(naiveMs)} ms (${naive.fake.stats.syncs} syncs)`);
    if (speedup) reportGoal(speedup, naiveMs / adapter.ms);
    else measured("faster than the per-row adapter", naiveMs / adapter.ms, "×", 0);
  }
}
