import { hostFor, sampleExcel, sampleSeed } from "./helpers";
import { FakeExcel } from "../fakes/fake-excel";

/** The Khối 17 sample plus the officer's own sheet named like the program's summary sheet. */
function excelWithOfficerSummary(): FakeExcel {
  const seed = sampleSeed();
  seed.sheets.push({ name: "Bảng tổng hợp", rows: [["Số liệu của cán bộ", 12345]] });
  return new FakeExcel(seed);
}

describe("Excel recalculation: the writer's notes reach the outcome", () => {
  it("says, in both languages, that the officer's 'Bảng tổng hợp' was kept and where the program's went", async () => {
    const outcome = await hostFor(excelWithOfficerSummary()).recalculate({ lang: "vi" });

    expect(outcome.status).toBe("ranked");
    expect(outcome.notes).toHaveLength(1);
    expect(outcome.notes![0].vi).toMatch(/^Trang 'Bảng tổng hợp' là của cán bộ.*'Bảng tổng hợp \(2\)'/);
    expect(outcome.notes![0].en).toMatch(/'Bảng tổng hợp'.*'Bảng tổng hợp \(2\)'/);
    expect(outcome.notes![0].en).not.toEqual(outcome.notes![0].vi);
  });

  it("has no notes when every sheet written is the program's own", async () => {
    const host = hostFor(sampleExcel());
    expect((await host.recalculate({ lang: "vi" })).notes).toEqual([]);
    // The second run replaces the program's earlier sheets: still nothing to say.
    expect((await host.recalculate({ lang: "en" })).notes).toEqual([]);
  });

  it("a failed run carries no notes", async () => {
    const outcome = await hostFor(sampleExcel({ payloadLimitBytes: 2000 })).recalculate({ lang: "vi" });
    expect(outcome.status).toBe("failed");
    expect(outcome.notes ?? []).toEqual([]);
  });
});
