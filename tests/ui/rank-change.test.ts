import { parseRankChange, rankChanges } from "../../src/ui/rank-change";
import { KHOI_17_MEMBERS, calculation, rankedUnits, rankingSheet } from "./fixtures";

test("reads the sheet's change marks", () => {
  expect(parseRankChange("▲2")).toEqual({ kind: "up", places: 2 });
  expect(parseRankChange("▼ 1")).toEqual({ kind: "down", places: 1 });
  expect(parseRankChange("–")).toEqual({ kind: "same" });
  expect(parseRankChange("mới")).toEqual({ kind: "new" });
  expect(parseRankChange("")).toBeNull();
});

test("prefers the change the calculation rendered against the ranking on the sheet", () => {
  const sheet = rankingSheet([
    ["NHNN", "▲1"],
    ["CT", "▼1"],
    ["KBNN", "–"],
  ]);
  const changes = rankChanges(calculation(rankedUnits(), [], sheet), null);
  expect(changes.get("NHNN")).toEqual({ kind: "up", places: 1 });
  expect(changes.get("CT")).toEqual({ kind: "down", places: 1 });
  expect(changes.get("KBNN")).toEqual({ kind: "same" });
  expect(changes.has("HQ")).toBe(false);
});

test("falls back to the previous run of the session", () => {
  const before = calculation(rankedUnits());
  const swapped = [KHOI_17_MEMBERS[1], KHOI_17_MEMBERS[0], ...KHOI_17_MEMBERS.slice(2, 9)];
  const after = calculation(rankedUnits(swapped));
  const changes = rankChanges(after, before);
  expect(changes.get("CT")).toEqual({ kind: "up", places: 1 });
  expect(changes.get("NHNN")).toEqual({ kind: "down", places: 1 });
  expect(changes.get("KBNN")).toEqual({ kind: "same" });
});

test("a member ranked for the first time is marked new; with nothing to compare there is no change", () => {
  const before = calculation(rankedUnits(KHOI_17_MEMBERS.slice(0, 9)));
  const after = calculation(rankedUnits());
  expect(rankChanges(after, before).get("CHKPQ")).toEqual({ kind: "new" });
  expect(rankChanges(after, null).size).toBe(0);
});
