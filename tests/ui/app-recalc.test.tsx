/** @jest-environment jsdom */
import { Badge, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { KHOI_17_MEMBERS, calculation, error, rankedUnits, warning } from "./fixtures";
import { FakeHost, blocked, ranked } from "./fake-host";
import { rankedPane } from "./ranked-pane";

beforeEach(() => localStorage.clear());

const rowNames = () =>
  screen.getAllByTestId("ranking-row").map((row) => within(row).getByRole("button").textContent);

test("Tính lại shows each phase while running, then the summary and the ranking rows in rank order", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} now={() => new Date(2018, 11, 20, 14, 5)} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));

  const status = screen.getByRole("status");
  expect(await screen.findByRole("progressbar")).toBeTruthy();
  act(() => host.current.progress("reading"));
  expect(status.textContent).toContain("Đang đọc các trang nhập liệu");
  act(() => host.current.progress("scoring"));
  expect(status.textContent).toContain("Đang chấm điểm");
  act(() => host.current.progress("writing"));
  expect(status.textContent).toContain("Đang ghi các trang kết quả");

  const units = rankedUnits();
  const calc = calculation(units, [warning("Chỉ tiêu", "H9", "Thiếu chỉ tiêu")]);
  await act(async () => host.current.resolve(ranked(calc, 840)));

  expect(screen.queryByRole("progressbar")).toBeNull();
  expect(status.textContent).toContain("10 đơn vị xếp hạng · 0 lỗi · 1 cảnh báo · 0,8 giây");
  expect(status.textContent).toContain("14:05");
  expect(rowNames()).toEqual(KHOI_17_MEMBERS.map(([, name]) => name));
  const first = screen.getAllByTestId("ranking-row")[0];
  expect(within(first).getByText("360,00")).toBeTruthy();
  expect(within(first).getByLabelText("Hoàn thành xuất sắc nhiệm vụ").textContent).toBe("XS");
  expect(within(first).getByLabelText("Cờ thi đua").textContent).toBe("Cờ");
  // The full name shows on hover as the browser's tooltip (no Fluent Tooltip per badge: 600 on a 300-member bloc).
  expect(within(first).getByLabelText("Hoàn thành xuất sắc nhiệm vụ").getAttribute("title")).toBe("Hoàn thành xuất sắc nhiệm vụ");
});

test("the ranking follows the calculation's order, not the member list's", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  const reversed = [...KHOI_17_MEMBERS].reverse();
  await act(async () => host.current.resolve(ranked(calculation(rankedUnits(reversed)))));
  expect(rowNames()).toEqual(reversed.map(([, name]) => name));
});

test("a blocked run lists the errors first and says the previous ranking was kept, still showing it", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(ranked(calculation(rankedUnits()))));

  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  const issues = [warning("Chỉ tiêu", "H9", "Thiếu chỉ tiêu"), error("Chỉ tiêu", "G7", "Kế hoạch bằng 0")];
  await act(async () => host.current.resolve(blocked(calculation([], issues))));

  const alert = screen.getByRole("alert");
  expect(alert.textContent).toContain("còn 1 lỗi");
  expect(alert.textContent).toContain("giữ nguyên xếp hạng trước");
  const items = within(screen.getByTestId("problem-list")).getAllByRole("listitem");
  expect(items[0].textContent).toContain("Chỉ tiêu!G7");
  expect(items[0].textContent).toContain("Kế hoạch bằng 0");
  expect(items[1].textContent).toContain("Chỉ tiêu!H9");
  expect(screen.getByRole("heading", { name: "Xếp hạng trước (được giữ nguyên)" })).toBeTruthy();
  expect(rowNames()).toHaveLength(10);
});

test("a failed run shows what went wrong and what to do", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () =>
    host.current.resolve({
      status: "failed",
      calculation: null,
      error: { vi: "Excel đang bận sửa ô.", en: "Excel is busy editing a cell." },
      stats: { syncs: 1, chunks: 0, ms: 20 },
    }),
  );
  const alert = screen.getByRole("alert");
  expect(alert.textContent).toContain("Không tính được");
  expect(alert.textContent).toContain("Excel đang bận sửa ô.");
  expect(alert.textContent).toContain("Bấm Tính lại để thử lần nữa");
});

test("a host that throws is reported as a failure instead of leaving the pane spinning", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.reject(new Error("RichApi.Error")));
  expect(screen.getByRole("alert").textContent).toContain("Lỗi không xác định: RichApi.Error");
  expect(screen.getByRole("button", { name: "Tính lại" })).toBeTruthy();
});

test("a unit row expands to its details and collapses again", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(ranked(calculation(rankedUnits()))));
  const name = screen.getByRole("button", { name: "Cục Thuế tỉnh" });
  expect(name.getAttribute("aria-expanded")).toBe("false");
  await user.click(name);
  expect(name.getAttribute("aria-expanded")).toBe("true");
  const detail = document.getElementById(name.getAttribute("aria-controls") ?? "");
  expect(detail).not.toBeNull();
  expect(within(detail!).getByText("Điểm tối đa")).toBeTruthy();
  expect(within(detail!).getByText("Bằng khen")).toBeTruthy();
  await user.click(name);
  expect(screen.queryByText("Điểm tối đa")).toBeNull();
});

test("a grade or award badge looks as Fluent's small Badge does: the same classes, without a Badge per row", async () => {
  await rankedPane(calculation(rankedUnits()));
  const first = screen.getAllByTestId("ranking-row")[0];
  const grade = within(first).getByLabelText("Hoàn thành xuất sắc nhiệm vụ");
  const award = within(first).getByLabelText("Cờ thi đua");

  render(
    <FluentProvider theme={webLightTheme}>
      <Badge size="small" appearance="tint" color="success" data-testid="fluent-grade">
        XS
      </Badge>
      <Badge size="small" appearance="filled" color="danger" data-testid="fluent-award">
        Cờ
      </Badge>
    </FluentProvider>,
  );
  expect(grade.className).toBe(screen.getByTestId("fluent-grade").className);
  expect(award.className).toBe(screen.getByTestId("fluent-award").className);
  expect(grade.tagName).toBe(screen.getByTestId("fluent-grade").tagName);
});
