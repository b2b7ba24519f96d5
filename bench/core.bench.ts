/**
 * The scoring core alone (no workbook reading or rendering): 300 and 3,000 members × 20 targets.
 * Goal (bench/goals.ts): 3,000 × 20 under 50 ms. Prints the median of several runs after warm-ups, the CPU time beside
 * the wall time (a loaded machine inflates the latter), and what reading every lazy part costs afterwards: every
 * member's criteria and their target rows (made when first read), then the explanations. The goal is on
 * scoreBloc alone: the ranking, which needs none of those parts.
 */
import { cpus, loadavg } from "node:os";
import { scoreBloc } from "../src/scoring/score";
import { withDefaults } from "../src/scoring/settings";
import type { BlocInput, CriterionInput, Direction, MemberInput, ScoreInput, TargetInput } from "../src/scoring/types";
import { reportGoal } from "./goal";
import { GOALS } from "./goals";
import { median } from "./stats";

const TARGET_CRITERIA = ["1", "2", "3", "4"];
const TARGETS_PER_CRITERION = 5;
const DIRECTIONS: Direction[] = ["increase", "increase", "increase", "increase", "decrease", "decrease", "zero", "pass"];

function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plans and actuals with 0–2 decimals, as officers type them. */
function decimal(random: () => number, lo: number, hi: number): number {
  const digits = Math.floor(random() * 3);
  const scale = 10 ** digits;
  return Math.round((lo + random() * (hi - lo)) * scale) / scale;
}

export function generateBloc(memberCount: number, seed = 17): BlocInput {
  const random = seededRandom(seed);
  const settings = withDefaults({ bloc: "Khối thử", year: 2025 });
  const criteria: CriterionInput[] = [
    ...TARGET_CRITERIA.map((code, i) => ({
      code, section: i < 2 ? "I" : "II", name: `Tiêu chí ${code}`, standardPoints: TARGETS_PER_CRITERION * 70, method: "targets" as const,
      targetCount: TARGETS_PER_CRITERION, pointsPerTarget: null, bonusCapPerTarget: null, appliesTo: null, alternativeGroup: null,
      source: { sheet: "Tiêu chí", row: i + 2, cells: { code: `A${i + 2}` } },
    })),
    { code: "5", section: "III", name: "Tiêu chí 5", standardPoints: 20, method: "direct", targetCount: 0, pointsPerTarget: null, bonusCapPerTarget: null, appliesTo: null, alternativeGroup: null, source: { sheet: "Tiêu chí", row: 6, cells: { code: "A6" } } },
  ];
  const members: MemberInput[] = [];
  const targets: TargetInput[] = [];
  const scores: ScoreInput[] = [];
  for (let m = 0; m < memberCount; m++) {
    const code = `DV${m + 1}`;
    members.push({ code, name: `Đơn vị ${m + 1}`, type: null, cchcEligible: random() < 0.7, cchcRating: random() < 0.3 ? "excellent" : "good", sectorRating: null, participates: true, notes: null, source: { sheet: "Đơn vị", row: m + 2, cells: { code: `A${m + 2}` } } });
    for (const criterionCode of TARGET_CRITERIA) {
      for (let t = 0; t < TARGETS_PER_CRITERION; t++) {
        const row = targets.length + 2;
        const direction = DIRECTIONS[Math.floor(random() * DIRECTIONS.length)];
        const plan = direction === "zero" || direction === "pass" ? 0 : decimal(random, 1, 10000);
        const actual = direction === "zero" ? (random() < 0.9 ? 0 : 1) : direction === "pass" ? (random() < 0.9 ? 1 : 0) : decimal(random, plan * 0.85, plan * 1.15);
        targets.push({ memberCode: code, criterionCode, no: String(t + 1), name: `Chỉ tiêu ${t + 1}`, unit: null, direction, plan, actual, selfScore: null, notes: null, source: { sheet: "Chỉ tiêu", row, cells: { code: `A${row}`, name: `D${row}`, plan: `G${row}`, actual: `H${row}` } } });
      }
    }
    scores.push({ memberCode: code, criterionCode: "5", self: 20, verified: null, agreed: decimal(random, 14, 20), comment: null, source: { sheet: "Chấm điểm", row: m + 2, cells: { code: `A${m + 2}` } } });
  }
  return {
    settings, members, criteria, targets, scores, adjustments: [], violations: [],
    sheetNames: { members: "Đơn vị", targets: "Chỉ tiêu", criteria: "Tiêu chí", scores: "Chấm điểm", adjustments: null, violations: null, settings: null },
  };
}

const WARM_UPS = 3;
const RUNS = 9;

interface Timing {
  wallMs: number;
  /** Process CPU time (all threads, GC helpers included): less sensitive than wall time to a loaded machine. */
  cpuMs: number;
  /** Reading every criterion and target row once afterwards (made when first read), as the Chi tiết điểm renderer does. */
  rowsMs: number;
  /** Then reading every explanation once, as that renderer does: the texts are lazy too. */
  textsMs: number;
  blocked: boolean;
}

function timeScoring(memberCount: number): Timing {
  const input = generateBloc(memberCount);
  // Warm-ups: JIT and heap sizing, not the figure we care about.
  for (let i = 0; i < WARM_UPS; i++) scoreBloc(input, []);
  const wall: number[] = [];
  const cpu: number[] = [];
  const rows: number[] = [];
  const texts: number[] = [];
  let blocked = false;
  for (let i = 0; i < RUNS; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = scoreBloc(input, []);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    blocked = result.blocked;
    const rowStart = performance.now();
    let count = 0;
    for (const unit of result.units) for (const c of unit.criteria) count += c.targets.length;
    if (count === 0 && !blocked) throw new Error("no target row was read");
    rows.push(performance.now() - rowStart);
    const textStart = performance.now();
    let length = 0;
    for (const unit of result.units) for (const c of unit.criteria) for (const t of c.targets) length += t.explanation.vi.length;
    if (length === 0 && !blocked) throw new Error("no explanation text was built");
    texts.push(performance.now() - textStart);
  }
  return { wallMs: median(wall), cpuMs: median(cpu), rowsMs: median(rows), textsMs: median(texts), blocked };
}

export async function run(): Promise<void> {
  // Shared machines skew wall times: print the load so two figures can be compared fairly.
  console.log(`Tải máy (load average 1 phút): ${loadavg()[0].toFixed(2)} trên ${cpus().length} nhân; trung vị ${RUNS} lần sau ${WARM_UPS} lần khởi động`);
  for (const memberCount of [300, 3000]) {
    const t = timeScoring(memberCount);
    const targets = memberCount * TARGET_CRITERIA.length * TARGETS_PER_CRITERION;
    console.log(
      `scoreBloc ${memberCount} đơn vị × 20 chỉ tiêu (${targets} chỉ tiêu): ${t.wallMs.toFixed(1)} ms (CPU ${t.cpuMs.toFixed(1)} ms); ` +
        `đọc mọi tiêu chí và dòng chỉ tiêu sau đó: ${t.rowsMs.toFixed(1)} ms; rồi mọi lời giải thích: ${t.textsMs.toFixed(1)} ms${t.blocked ? " [bị chặn]" : ""}`,
    );
    if (t.blocked) throw new Error(`the generated ${memberCount}-member bloc is blocked by errors: the figure would measure less work`);
    if (memberCount === 3000) reportGoal(GOALS.core3000, t.wallMs);
  }
}
