/** @jest-environment jsdom */
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { calculation, error, rankedUnits } from "./fixtures";
import { FakeHost, blocked, ranked } from "./fake-host";
import { rankedPane as rankedCalculation, recordScrolls } from "./ranked-pane";

const scrolled = recordScrolls();
beforeEach(() => localStorage.clear());

/** The pane with one ranked calculation of the ten Khối 17 members. */
const rankedPane = (host = new FakeHost()) => rankedCalculation(calculation(rankedUnits()), host);

const select = (host: FakeHost, code: string) => act(async () => host.memberListener?.(code));
const row = (code: string) => screen.getAllByTestId("ranking-row").find((r) => r.getAttribute("data-code") === code)!;
const nameButton = (code: string) => within(row(code)).getByRole("button");
const details = () => screen.queryAllByTestId("unit-detail");

test("listens to selections on Xếp hạng only once the pane shows a ranking", async () => {
  const host = new FakeHost();
  const user = userEvent.setup();
  render(<App host={host} />);
  await act(async () => undefined);
  expect(host.selection.start).not.toHaveBeenCalled();
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(ranked(calculation(rankedUnits()))));
  expect(host.selection.start).toHaveBeenCalledTimes(1);
  expect(host.memberListener).not.toBeNull();
});

test("a member selected on the sheet opens its breakdown, scrolled to and focused in the pane, and is announced politely", async () => {
  const { host } = await rankedPane();
  await select(host, "KBNN");
  const [detail] = details();
  expect(details()).toHaveLength(1);
  expect(detail.getAttribute("aria-label")).toBe("Chi tiết Kho bạc Nhà nước CN Kiên Giang");
  expect(within(detail).getByTestId("unit-breakdown")).toBeTruthy();
  expect(nameButton("KBNN").getAttribute("aria-expanded")).toBe("true");
  expect(document.activeElement).toBe(detail);
  expect(scrolled).toEqual([row("KBNN")]);
  const live = screen.getByTestId("reveal-announcement");
  expect(live.getAttribute("aria-live")).toBe("polite");
  expect(live.textContent).toBe("Đã mở chi tiết Kho bạc Nhà nước CN Kiên Giang theo dòng đang chọn trên trang Xếp hạng.");
  // The pane's summary line stays the one status region, with its summary.
  expect(screen.getByRole("status").textContent).toContain("10 đơn vị xếp hạng");
});

test("another selection moves to that member; the same one again brings the focus back to it", async () => {
  const { host, user } = await rankedPane();
  await select(host, "KBNN");
  await select(host, "CT");
  expect(details()).toHaveLength(1);
  expect(details()[0].getAttribute("aria-label")).toBe("Chi tiết Cục Thuế tỉnh");
  await user.click(screen.getByRole("button", { name: /English/ }));
  expect(document.activeElement).not.toBe(details()[0]);
  await select(host, "CT");
  expect(document.activeElement).toBe(details()[0]);
  expect(screen.getByTestId("reveal-announcement").textContent).toBe("Showing the details of Cục Thuế tỉnh, the row selected on the Xếp hạng (ranking) sheet.");
});

test("codes are matched as the reader joins them: case, accents and spaces do not matter", async () => {
  const { host } = await rankedPane();
  await select(host, " kbnn ");
  expect(details()[0].getAttribute("aria-label")).toBe("Chi tiết Kho bạc Nhà nước CN Kiên Giang");
});

test("a code that is not in the ranking shown changes nothing", async () => {
  const { host } = await rankedPane();
  await select(host, "KHONGCO");
  expect(details()).toHaveLength(0);
  expect(screen.getByTestId("reveal-announcement").textContent).toBe("");
});

test("ignored while a recalculation runs, and not replayed when it ends", async () => {
  const { host, user } = await rankedPane();
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  expect(host.recalculate).toHaveBeenCalledTimes(2);
  await select(host, "KBNN");
  expect(details()).toHaveLength(0);
  await act(async () => host.current.resolve(ranked(calculation(rankedUnits()))));
  expect(details()).toHaveLength(0);
  await select(host, "KBNN");
  expect(details()).toHaveLength(1);
});

test("a selection answered before a blocked run does not reopen when the next run ranks again", async () => {
  const { host, user } = await rankedPane();
  await select(host, "KBNN");
  await user.click(nameButton("KBNN"));
  expect(details()).toHaveLength(0);
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(blocked(calculation([], [error("Chỉ tiêu", "G7", "Kế hoạch bằng 0")]))));
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(ranked(calculation(rankedUnits()))));
  expect(details()).toHaveLength(0);
});

test("ignored when the last run was blocked: the ranking shown is the kept one, not the current", async () => {
  const { host, user } = await rankedPane();
  await user.click(screen.getByRole("button", { name: "Tính lại" }));
  await act(async () => host.current.resolve(blocked(calculation([], [error("Chỉ tiêu", "G7", "Kế hoạch bằng 0")]))));
  expect(screen.getAllByTestId("ranking-row")).toHaveLength(10);
  await select(host, "KBNN");
  expect(details()).toHaveLength(0);
});

test("without selection events nothing subscribes; unmounting stops listening", async () => {
  const unsupported = new FakeHost({ selectionSupported: false });
  const first = await rankedPane(unsupported);
  expect(unsupported.selection.start).not.toHaveBeenCalled();
  first.view.unmount();

  const { host, view } = await rankedPane();
  view.unmount();
  expect(host.selection.stop).toHaveBeenCalledTimes(1);
});

test("opening a member by its name in the pane clears the mark of the row selected on the sheet", async () => {
  const { host, user } = await rankedPane();
  await select(host, "KBNN");
  const marked = row("KBNN").className;
  expect(marked).not.toBe(row("CT").className);
  await user.click(nameButton("CT"));
  expect(row("KBNN").className).toBe(row("HQ").className);
});
