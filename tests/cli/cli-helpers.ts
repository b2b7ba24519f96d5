import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { InputSheetSpec } from "../../src/xlsx/input-workbook";
import { buildInputWorkbook } from "../../src/xlsx/input-workbook";

const ROOT = resolve(__dirname, "../..");
/** What `npm run rank` runs: the launcher that bundles src/cli/main.ts once and runs the bundle. */
const LAUNCHER = join(ROOT, "scripts/rank.mjs");

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real command line, as `npm run rank -- …` does. */
export function runRank(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  return new Promise((done) => {
    execFile(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", ...env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "rank-cli-"));
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** domain.md's worked example: Cục Thuế, Cảng vụ, Kho bạc, default settings. */
export function workedExampleSheets(): InputSheetSpec[] {
  return [
    {
      name: "Đơn vị",
      table: true,
      rows: [
        ["Mã đơn vị", "Tên đơn vị", "Cộng điểm CCHC", "Xếp loại CCHC"],
        ["CT", "Cục Thuế tỉnh", "Có", "Xuất sắc"],
        ["CV", "Cảng vụ Kiên Giang", "Có", "Xuất sắc"],
        ["KB", "Kho bạc Nhà nước CN Kiên Giang", "Có", "Tốt"],
      ],
    },
    {
      name: "Chỉ tiêu",
      rows: [
        ["Mã đơn vị", "STT", "Tên chỉ tiêu", "Chiều", "Kế hoạch", "Thực hiện"],
        ["CT", 1, "Thu ngân sách", "Tăng", 9000, 9450],
        ["CT", 2, "Tỷ lệ nợ đọng", "Giảm", 5, 4],
        ["CT", 3, "Kê khai điện tử", "Tăng", 98, 99.5],
        ["CT", 4, "Thanh tra", "Tăng", 400, 380],
        ["CT", 5, "Hoàn thuế đúng hạn", "Tăng", 100, 100],
        ["CV", 1, "Lượt tàu", "Tăng", 12000, 10800],
        ["CV", 2, "Phí cảng", "Tăng", 25, 27.5],
        ["CV", 3, "Tai nạn hàng hải", "Bằng 0", 0, 0],
        ["CV", 4, "Kiểm tra an toàn", "Tăng", 150, 165],
        ["CV", 5, "Thủ tục trực tuyến", "Tăng", 100, 100],
        ["KB", 1, "Giải ngân", "Tăng", 95, 97.85],
        ["KB", 2, "Kiểm soát chi", "Tăng", 100, 99.6],
        ["KB", 3, "Dịch vụ công", "Tăng", 90, 100],
        ["KB", 4, "Hồ sơ trả chậm", "Giảm", 10, 12],
        ["KB", 5, "Thu ngân sách qua KB", "Tăng", 12000, 12600],
      ],
    },
    { name: "Cộng trừ", rows: [["Mã đơn vị", "Loại", "Lý do", "Số lần", "Điểm mỗi lần"], ["KB", "Trừ", "Nộp báo cáo chậm", 1, 2]] },
    { name: "Cấu hình", rows: [["Tham số", "Giá trị"], ["Năm", 2018], ["Khối", "Khối 17"]] },
  ];
}

export async function writeWorkbook(path: string, sheets: InputSheetSpec[]): Promise<void> {
  await buildInputWorkbook(sheets).xlsx.writeFile(path);
}
