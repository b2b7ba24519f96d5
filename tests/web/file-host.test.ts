import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { FileHost, type FileHostSnapshot } from "../../src/web/file-host";
import type { CalculationHost, Phase } from "../../src/workbook/host/host";
import { OUTPUT_SHEETS } from "../../src/workbook/output-sheets/output-names";
import { NODE_ENGINE } from "../../src/xlsx/node-engine";
import { rankWorkbookFile } from "../../src/xlsx/rank-file";
import { ERROR_CELLS, errorWorkbook } from "./error-workbook";
import { failingWorker } from "./fake-worker";
import { FIXED_NOW, SAMPLE_PATH, loadBytes, sampleSource, source, workbookSource } from "./helpers";

// Whole workbooks read, ranked and written (the first test also loads ExcelJS cold): past jest's 5 s on a loaded machine.
jest.setTimeout(30_000);

/** A copy that cannot be written (memory runs out while compressing): the page's engine fails on demand. */
const mockWriteFailure = { on: false };
jest.mock("../../src/web/web-engine", () => {
  // Loaded here, not inside deflateRaw: a copy still being written when a test ends must not require a module
  // after Jest has torn the environment down.
  const { deflateSync } = jest.requireActual<typeof import("fflate")>("fflate");
  return {
    webEngine: () => ({
      deflateRaw: (data: Uint8Array) => {
        if (mockWriteFailure.on) throw new Error("out of memory");
        return deflateSync(data);
      },
    }),
  };
});

const newHost = () => new FileHost({ now: () => FIXED_NOW });
const sheetNames = (workbook: ExcelJS.Workbook) => workbook.worksheets.map((ws) => ws.name);
const values = (workbook: ExcelJS.Workbook, name: string) => workbook.getWorksheet(name)!.getSheetValues();

describe("FileHost.recalculate", () => {
  it("ranks the bundled sample and keeps the workbook with the three output sheets for download", async () => {
    const host = newHost();
    await host.open(sampleSource());
    const phases: Phase[] = [];
    const outcome = await host.recalculate({ lang: "vi", onProgress: (p) => phases.push(p) });

    expect(outcome.status).toBe("ranked");
    expect(outcome.error).toBeNull();
    expect(outcome.calculation!.result.units.filter((u) => u.rank !== null)).toHaveLength(10);
    expect(outcome.calculation!.json.units.filter((u) => u.award === "flag").length).toBeGreaterThanOrEqual(1);
    expect(phases).toEqual(["reading", "scoring", "done"]);

    await host.whenWritten();
    const result = host.getSnapshot().result!;
    expect(result.status).toBe("ranked");
    expect(result.fileName).toBe("khoi-17-kien-giang-2018-xep-hang.xlsx");
    const written = await loadBytes(result.bytes!);
    const inputNames = (await loadBytes(new Uint8Array(readFileSync(SAMPLE_PATH)))).worksheets.map((ws) => ws.name);
    const outputs = [OUTPUT_SHEETS.ranking.vi, OUTPUT_SHEETS.breakdown.vi, OUTPUT_SHEETS.checks.vi];
    expect(sheetNames(written).slice(0, inputNames.length + outputs.length)).toEqual([...inputNames, ...outputs]);
  });

  it("writes exactly the sheets and values the command line's pipeline writes for the same file", async () => {
    const host = newHost();
    await host.open(sampleSource());
    await host.recalculate({ lang: "vi" });
    await host.whenWritten();
    const web = await loadBytes(host.getSnapshot().result!.bytes!);

    const ranked = await rankWorkbookFile(new Uint8Array(readFileSync(SAMPLE_PATH)), { label: "khoi.xlsx", lang: "vi", now: FIXED_NOW, engine: NODE_ENGINE });
    const cli = await loadBytes(ranked.outputBytes);
    expect(sheetNames(web)).toEqual(sheetNames(cli));
    expect(sheetNames(web).length).toBeGreaterThan(10);
    for (const name of sheetNames(cli)) expect(values(web, name)).toEqual(values(cli, name));
  });

  it("blocks a workbook with errors: only Kiểm tra is written, naming the sheet and cell; the download is still offered", async () => {
    const host = newHost();
    await host.open(await workbookSource("loi.xlsx", errorWorkbook()));
    const outcome = await host.recalculate({ lang: "vi" });

    expect(outcome.status).toBe("blocked");
    const errors = outcome.calculation!.result.issues.filter((i) => i.severity === "error");
    const places = errors.map((i) => `${i.sheet}!${i.cell}`);
    expect(places).toEqual(expect.arrayContaining(Object.values(ERROR_CELLS).map((e) => `${e.sheet}!${e.cell}`)));

    await host.whenWritten();
    const result = host.getSnapshot().result!;
    expect(result.status).toBe("blocked");
    expect(result.fileName).toBe("loi-xep-hang.xlsx");
    const written = await loadBytes(result.bytes!);
    expect(sheetNames(written)).toContain(OUTPUT_SHEETS.checks.vi);
    expect(sheetNames(written)).not.toContain(OUTPUT_SHEETS.ranking.vi);
    expect(sheetNames(written)).not.toContain(OUTPUT_SHEETS.breakdown.vi);
    const checksText = JSON.stringify(values(written, OUTPUT_SHEETS.checks.vi));
    for (const { cell } of Object.values(ERROR_CELLS)) expect(checksText).toContain(`"${cell}"`);
  });

  it("returns the ranking before the workbook is written, then publishes the download", async () => {
    const host = newHost();
    await host.open(sampleSource());
    const outcome = await host.recalculate({ lang: "vi" });
    expect(outcome.status).toBe("ranked");
    expect(host.getSnapshot().result).toEqual({ fileName: "khoi-17-kien-giang-2018-xep-hang.xlsx", bytes: null, error: null, status: "ranked", notes: [] });
    await host.whenWritten();
    expect(host.getSnapshot().result!.bytes!.length).toBeGreaterThan(readFileSync(SAMPLE_PATH).length);
  });

  it("reports a workbook that cannot be written on the download, keeping the ranking", async () => {
    mockWriteFailure.on = true;
    const host = new FileHost();
    await host.open(sampleSource());
    expect((await host.recalculate({ lang: "vi" })).status).toBe("ranked");
    await host.whenWritten();
    const result = host.getSnapshot().result!;
    expect(result.bytes).toBeNull();
    expect(result.error!.vi).toContain("out of memory");
    mockWriteFailure.on = false;
  });

  it.each([
    ["a text file", new TextEncoder().encode("Mã đơn vị;Tên đơn vị\nCT;Cục Thuế"), "không phải là sổ làm việc Excel"],
    ["an old .xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), "định dạng Excel cũ (.xls)"],
    ["a zip cut short (a download interrupted)", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), "bị hỏng hoặc không đầy đủ"],
  ])("fails on %s with the command line's message naming the file, and offers no download", async (_, bytes, vi) => {
    const host = newHost();
    await host.open(source("bao-cao.xlsx", bytes));
    const outcome = await host.recalculate({ lang: "vi" });

    expect(outcome.status).toBe("failed");
    expect(outcome.calculation).toBeNull();
    expect(outcome.error!.vi).toContain(vi);
    expect(outcome.error!.vi).toContain('"bao-cao.xlsx"');
    expect(outcome.error!.en).toContain('"bao-cao.xlsx"');
    expect(host.getSnapshot().result).toBeNull();
  });

  it("fails with a message saying to choose a file when none is open", async () => {
    const outcome = await newHost().recalculate({ lang: "en" });
    expect(outcome.status).toBe("failed");
    expect(outcome.error!.en).toMatch(/No file yet/);
    expect(outcome.error!.vi).toMatch(/Chưa có tệp/);
  });

  it("fails with the unreadable-file message when the browser cannot read the file", async () => {
    const host = newHost();
    await host.open({ name: "mang.xlsx", arrayBuffer: () => Promise.reject(new Error("NotReadableError")) });
    const outcome = await host.recalculate({ lang: "vi" });
    expect(outcome.status).toBe("failed");
    expect(outcome.error!.vi).toContain('Không đọc được tệp "mang.xlsx" (NotReadableError)');
  });

  it("reports a program failure (the ranking worker's) as failed, never as a thrown error", async () => {
    const host = new FileHost({ startWorker: () => failingWorker("chunk load failed") });
    await host.open(sampleSource());
    const outcome = await host.recalculate({ lang: "en" });
    expect(outcome.status).toBe("failed");
    expect(outcome.error!.en).toContain("chunk load failed");
  });
});

describe("FileHost download name", () => {
  const MACROS = join(__dirname, "../fixtures/writers/writer-rich-macros.xlsm");

  it("names the copy of an .xlsm .xlsm, from the moment it is being written: it keeps the macros", async () => {
    const host = newHost();
    await host.open(source("Khối 5.XLSM", new Uint8Array(readFileSync(MACROS))));
    const outcome = await host.recalculate({ lang: "vi" });
    expect(outcome.status).not.toBe("failed");
    expect(host.getSnapshot().result!.fileName).toBe("Khối 5-xep-hang.xlsm");
    await host.whenWritten();
    const result = host.getSnapshot().result!;
    expect(result.bytes).not.toBeNull();
    expect(result.fileName).toBe("Khối 5-xep-hang.xlsm");
  });

  it("names the copy of a macro-free workbook named .xlsm .xlsx once written, as the command line does", async () => {
    const host = newHost();
    await host.open(source("khoi.xlsm", new Uint8Array(readFileSync(SAMPLE_PATH))));
    await host.recalculate({ lang: "vi" });
    await host.whenWritten();
    expect(host.getSnapshot().result!.fileName).toBe("khoi-xep-hang.xlsx");
  });
});

describe("FileHost files and changes", () => {
  it("announces a newly opened file as an input change while subscribed, and publishes it to listeners", async () => {
    const host = newHost();
    const changed = jest.fn();
    const seen: FileHostSnapshot[] = [];
    host.subscribe(() => seen.push(host.getSnapshot()));
    await host.changes.start(changed);
    await host.open(sampleSource());
    expect(changed).toHaveBeenCalledTimes(1);
    // A whole new file: the App ranks it at once instead of waiting for more edits.
    expect(changed).toHaveBeenCalledWith({ immediate: true });
    expect(seen.at(-1)!.file).toEqual({ name: "khoi-17-kien-giang-2018.xlsx", size: readFileSync(SAMPLE_PATH).length });

    await host.changes.stop();
    await host.open(sampleSource());
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it("tells a subscriber that arrives after a file was opened, until that file is calculated", async () => {
    const host = newHost();
    await host.open(sampleSource());
    const late = jest.fn();
    await host.changes.start(late);
    expect(late).toHaveBeenCalledTimes(1);
    expect(late).toHaveBeenCalledWith({ immediate: true });
    await host.changes.stop();

    await host.recalculate({ lang: "vi" });
    const afterCalculation = jest.fn();
    await host.changes.start(afterCalculation);
    expect(afterCalculation).not.toHaveBeenCalled();
  });

  it("drops the previous result when another file is opened", async () => {
    const host = newHost();
    await host.open(sampleSource());
    await host.recalculate({ lang: "vi" });
    expect(host.getSnapshot().result).not.toBeNull();
    await host.open(await workbookSource("loi.xlsx", errorWorkbook()));
    expect(host.getSnapshot().result).toBeNull();
  });

  it("does not attach a file's result to another file opened while it was being calculated", async () => {
    const host = newHost();
    await host.open(sampleSource());
    const running = host.recalculate({ lang: "vi" });
    await host.open(await workbookSource("moi.xlsx", errorWorkbook()));
    expect((await running).status).toBe("ranked");
    await host.whenWritten();
    expect(host.getSnapshot()).toEqual({ file: expect.objectContaining({ name: "moi.xlsx" }), result: null });
  });

  it("insertSample opens the bundled sample without announcing it (the App recalculates right after)", async () => {
    const host = new FileHost({ loadSample: async () => sampleSource() });
    const changed = jest.fn();
    await host.changes.start(changed);
    expect(await host.insertSample!({ overwrite: false })).toEqual({ status: "inserted", existing: [] });
    expect(changed).not.toHaveBeenCalled();
    expect(host.getSnapshot().file?.name).toBe("khoi-17-kien-giang-2018.xlsx");
    expect((await host.recalculate({ lang: "vi" })).status).toBe("ranked");
  });

  it("offers no sample insertion without a sample loader, and cannot select cells", () => {
    const host = newHost();
    expect(host.insertSample).toBeUndefined();
    expect((host as CalculationHost).selectCell).toBeUndefined();
    expect(host.kind).toBe("file");
  });
});
