import { readFileSync } from "node:fs";
import { FileHost } from "../../src/web/file-host";
import type { RankReply } from "../../src/web/ranking/protocol";
import { rankShownFirst, type RankWorker } from "../../src/web/ranking/rank-client";
import { runRanking } from "../../src/web/ranking/run-ranking";
import { plainCopy, shownCalculation, shownDetails } from "../../src/web/ranking/shown-calculation";
import { LazyTexts } from "../../src/scoring/lazy-text";
import { rankWorkbookFile } from "../../src/xlsx/rank-file";
import { FakeRankWorker, brokenWorker } from "./fake-worker";
import { FIXED_NOW, SAMPLE_PATH, source } from "./helpers";

const sampleBytes = () => new Uint8Array(readFileSync(SAMPLE_PATH));
const options = { label: "khoi-17.xlsx", lang: "vi" as const, now: FIXED_NOW };

describe("the ranking worker's protocol", () => {
  it("sends a copy of the file's bytes (transferred), so the page keeps its own for Tính lại and the fallback", async () => {
    const worker = new FakeRankWorker();
    const bytes = sampleBytes();
    const { written } = await rankShownFirst(bytes, options, () => worker);
    await written;
    expect(bytes.length).toBe(readFileSync(SAMPLE_PATH).length);
    expect(worker.requests[0]).toMatchObject({ label: "khoi-17.xlsx", lang: "vi", now: FIXED_NOW.getTime() });
    expect(Buffer.from(worker.requests[0].bytes).equals(readFileSync(SAMPLE_PATH))).toBe(true);
  });

  it("replies reading, scoring, the shown ranking, then the written copy; the page's ranking equals the main thread's", async () => {
    const worker = new FakeRankWorker();
    const phases: string[] = [];
    const shown = await rankShownFirst(sampleBytes(), { ...options, onProgress: (p) => void phases.push(p) }, () => worker);
    const copy = await shown.written;
    const direct = await rankWorkbookFile(sampleBytes(), options);

    expect(worker.replies.map((r) => r.type)).toEqual(["phase", "phase", "scored", "details", "written"]);
    expect(phases).toEqual(["reading", "scoring"]);
    // Every text the App reads crossed as plain text: the same as the main thread's lazy ones.
    expect(shown.calculation.result).toEqual(JSON.parse(JSON.stringify(direct.calculation.result)));
    expect(shown.calculation.outputs.ranking).toEqual(JSON.parse(JSON.stringify(direct.calculation.outputs.ranking)));
    // The kept calculations as the App lists them: their times and counts.
    const listed = ({ time, errors, warnings, membersRanked }: { time: string; errors: number; warnings: number; membersRanked: number }) => ({ time, errors, warnings, membersRanked });
    expect(shown.calculation.extras!.snapshots.map(listed)).toEqual(direct.calculation.extras.snapshots.map(listed));
    expect(copy.outputBytes.length).toBe(direct.outputBytes.length);
    expect(copy.kind).toBe(direct.outputKind);
    expect(copy.notes).toEqual(direct.notes);
    expect(worker.terminated).toBe(true);
  });

  it("a file that is not a workbook: the same localized message as on the main thread, in both languages", async () => {
    const bytes = new TextEncoder().encode("Mã đơn vị;Tên đơn vị\nCT;Cục Thuế");
    const direct = await rankWorkbookFile(bytes, options).catch((error: unknown) => error);
    const viaWorker = await rankShownFirst(bytes, options, () => new FakeRankWorker()).catch((error: unknown) => error);
    expect(viaWorker).toMatchObject({ name: "WorkbookFileError", problem: "not-workbook" });
    expect((viaWorker as { localized: unknown }).localized).toEqual((direct as { localized: unknown }).localized);
  });

  it("a copy that fails after the ranking was shown rejects `written`, not the ranking", async () => {
    const worker: RankWorker = {
      onmessage: null,
      onerror: null,
      postMessage(message) {
        if ("type" in message) return; // the go-ahead for the copy
        const send = (data: RankReply) => worker.onmessage?.({ data } as MessageEvent<RankReply>);
        void rankWorkbookFile(sampleBytes(), options).then(({ calculation }) => {
          send({ type: "scored", calculation: shownCalculation(calculation) });
          send({ type: "failed", failure: { kind: "unexpected", message: "out of memory" } });
        });
      },
      terminate() {},
    };
    const shown = await rankShownFirst(sampleBytes(), options, () => worker);
    expect(shown.calculation.result.units.length).toBeGreaterThan(0);
    await expect(shown.written).rejects.toThrow("out of memory");
  });
});

describe("each member's criteria follow the ranking", () => {
  it("the ranking crosses without them; they come next and are put in place, equal to the main thread's", async () => {
    const worker = new FakeRankWorker();
    const shown = await rankShownFirst(sampleBytes(), options, () => worker);
    // Nothing read them before they came (shownCalculation's test: the ranking crosses without them).
    expect(await shown.details).toBe(false);
    const direct = await rankWorkbookFile(sampleBytes(), options);
    expect(shown.calculation.result.units.map((u) => u.criteria)).toEqual(JSON.parse(JSON.stringify(direct.calculation.result.units.map((u) => u.criteria))));
    await shown.written;
  });

  it("the ranking crosses without its extras (sent before the history is recorded); they come with the criteria", async () => {
    const worker = new FakeRankWorker({ holdDetails: true });
    const shown = await rankShownFirst(sampleBytes(), options, () => worker);
    expect(worker.replies.find((r) => r.type === "scored")).not.toHaveProperty("calculation.extras");
    expect(shown.calculation.extras).toBeUndefined();
    worker.releaseDetails();
    // A file's first calculation: nothing to compare, nothing more to draw.
    expect(await shown.details).toBe(false);
    const direct = await rankWorkbookFile(sampleBytes(), options);
    expect(shown.calculation.extras!.comparison).toBeNull();
    expect(shown.calculation.extras!.snapshots.map((s) => s.time)).toEqual(direct.calculation.extras.snapshots.map((s) => s.time));
    await shown.written;
  });

  it("a file ranked before: the changes since then come with the criteria, and `details` says to draw them", async () => {
    const before = await rankWorkbookFile(sampleBytes(), options);
    const later = { ...options, now: new Date(FIXED_NOW.getTime() + 3600_000) };
    const direct = await rankWorkbookFile(before.outputBytes, later);
    expect(direct.calculation.extras.comparison).not.toBeNull();
    const shown = await rankShownFirst(before.outputBytes, later, () => new FakeRankWorker());
    expect(await shown.details).toBe(true);
    expect(shown.calculation.extras!.comparison).toEqual(JSON.parse(JSON.stringify(direct.calculation.extras.comparison)));
    await shown.written;

    const host = new FileHost({ startWorker: () => new FakeRankWorker(), now: () => later.now });
    await host.open(source("khoi-17-xep-hang.xlsx", before.outputBytes));
    await host.recalculate({ lang: "vi" });
    await waitUntil(() => host.redraws === 1);
    await host.whenWritten();
  });

  it("read before they came (a breakdown opened at once), they read as none, and `details` says so", async () => {
    const worker = new FakeRankWorker({ holdDetails: true });
    const shown = await rankShownFirst(sampleBytes(), options, () => worker);
    const unit = shown.calculation.result.units[0];
    expect(unit.criteria).toEqual([]);
    worker.releaseDetails();
    expect(await shown.details).toBe(true);
    expect(unit.criteria.length).toBeGreaterThan(0);
    await shown.written;
  });

  it("on the page's own thread they are there at once", async () => {
    const shown = await rankShownFirst(sampleBytes(), options);
    expect(await shown.details).toBe(false);
    expect(shown.calculation.result.units[0].criteria.length).toBeGreaterThan(0);
    await shown.written;
  });

  it("the FileHost has the App drawn again when they came after a breakdown read them, and only then", async () => {
    const held = new FakeRankWorker({ holdDetails: true });
    const host = new FileHost({ startWorker: () => held, now: () => FIXED_NOW });
    await host.open(source("khoi-17.xlsx", sampleBytes()));
    const outcome = await host.recalculate({ lang: "vi" });
    const heard = jest.fn();
    host.subscribe(heard);
    expect(outcome.calculation!.result.units[0].criteria).toEqual([]);
    held.releaseDetails();
    await waitUntil(() => host.redraws === 1);
    expect(heard).toHaveBeenCalled();
    await host.whenWritten();

    const quiet = new FakeRankWorker();
    const other = new FileHost({ startWorker: () => quiet, now: () => FIXED_NOW });
    await other.open(source("khoi-17.xlsx", sampleBytes()));
    await other.recalculate({ lang: "vi" });
    await other.whenWritten();
    expect(other.redraws).toBe(0);
  });
});

describe("the copy waits for the ranking to be shown", () => {
  it("the worker scores, then sends neither the criteria nor the copy until the page's go-ahead, sent once the ranking had a chance to paint", async () => {
    const worker = new FakeRankWorker();
    const shown = await rankShownFirst(sampleBytes(), options, () => worker);
    expect(worker.replies.map((r) => r.type)).toEqual(["phase", "phase", "scored"]);
    expect(worker.writeAllowed).toBe(false);
    await shown.written;
    expect(worker.writeAllowed).toBe(true);
  });

  it("a worker never told to go ahead never sends the criteria nor writes", async () => {
    const replies: RankReply[] = [];
    const never = new Promise<void>(() => undefined);
    void runRanking({ bytes: sampleBytes(), label: "khoi-17.xlsx", lang: "vi", now: FIXED_NOW.getTime() }, (reply) => void replies.push(reply), never);
    await waitUntil(() => replies.some((r) => r.type === "scored"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(replies.map((r) => r.type)).toEqual(["phase", "phase", "scored"]);
  });
});

describe("the main-thread fallback", () => {
  it("ranks on the page's thread when the worker cannot be constructed (Chromium from file://)", async () => {
    const shown = await rankShownFirst(sampleBytes(), options, () => {
      throw new DOMException("Script cannot be accessed from origin 'null'", "SecurityError");
    });
    expect(shown.calculation.result.units.length).toBe(10);
    expect((await shown.written).outputBytes.length).toBeGreaterThan(0);
  });

  it("ranks on the page's thread when the worker fails before its first reply, and ends that worker", async () => {
    const worker = brokenWorker();
    const shown = await rankShownFirst(sampleBytes(), options, () => worker);
    expect(shown.calculation.result.units.length).toBe(10);
    expect(worker.terminated).toBe(true);
  });

  it("a worker that stops after the ranking was shown is not run again: the download says it failed", async () => {
    const worker: RankWorker & { fail?: () => void } = {
      onmessage: null,
      onerror: null,
      postMessage(message) {
        if ("type" in message) return; // the go-ahead for the copy
        void rankWorkbookFile(sampleBytes(), options).then(({ calculation }) => {
          worker.onmessage?.({ data: { type: "scored", calculation: shownCalculation(calculation) } } as MessageEvent<RankReply>);
          worker.onerror?.(new Event("error"));
        });
      },
      terminate() {},
    };
    const shown = await rankShownFirst(sampleBytes(), options, () => worker);
    await expect(shown.written).rejects.toThrow("the ranking worker stopped");
  });

  it("the FileHost ranks through its worker and offers the worker's copy for download", async () => {
    const worker = new FakeRankWorker();
    const host = new FileHost({ startWorker: () => worker, now: () => FIXED_NOW });
    await host.open(source("khoi-17.xlsx", sampleBytes()));
    const outcome = await host.recalculate({ lang: "vi" });
    await host.whenWritten();
    expect(outcome.status).toBe("ranked");
    expect(worker.requests).toHaveLength(1);
    const written = worker.replies.find((r) => r.type === "written");
    expect(host.getSnapshot().result!.bytes).toEqual(written && written.type === "written" ? written.outputBytes : null);
  });
});

describe("shownCalculation and plainCopy", () => {
  it("turns lazy texts into plain { vi, en } that structured cloning accepts", () => {
    const texts = new LazyTexts((row: { n: number }) => ({ vi: `số ${row.n}`, en: `number ${row.n}` }), null);
    const value = { list: [texts.of({ n: 1 })], when: FIXED_NOW, map: new Map([["a", texts.of({ n: 2 })]]) };
    expect(() => structuredClone(value)).toThrow();
    const copy = structuredClone(plainCopy(value));
    expect(copy.list[0]).toEqual({ vi: "số 1", en: "number 1" });
    expect(copy.map.get("a")).toEqual({ vi: "số 2", en: "number 2" });
    expect(copy.when).toEqual(FIXED_NOW);
  });

  it("keeps a shared object shared", () => {
    const shared = { x: 1 };
    const copy = plainCopy({ a: shared, b: shared });
    expect(copy.a).toBe(copy.b);
    expect(copy.a).not.toBe(shared);
  });

  it("leaves out what only the written copy needs", async () => {
    const { calculation } = await rankWorkbookFile(sampleBytes(), options);
    const shown = shownCalculation(calculation);
    expect(shown.outputs.breakdown).toBeNull();
    expect(shown.result.units.every((u) => u.criteria.length === 0)).toBe(true);
    expect(shown.input).toBeNull();
    expect(shown).not.toHaveProperty("extras");
    expect(shown.outputs.checks).toEqual(JSON.parse(JSON.stringify(calculation.outputs.checks)));
    const { extras } = shownDetails(calculation);
    expect(extras.summary).toBeNull();
    expect(extras.historyData.rows).toEqual([]);
    expect(extras.chart).toBeNull();
    expect(extras.snapshots.map((s) => [s.inputs, s.units])).toEqual([[{}, []]]);
  });
});

async function waitUntil(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
}
