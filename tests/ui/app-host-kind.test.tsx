/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { LANG_STORAGE_KEY } from "../../src/ui/language";
import type { CalculationHost, RecalcOutcome } from "../../src/workbook/host/host";
import { calculation, error } from "./fixtures";
import { FakeHost, blocked } from "./fake-host";

beforeEach(() => localStorage.clear());

const flush = () => act(async () => undefined);

const FAILED: RecalcOutcome = { status: "failed", calculation: null, error: { vi: "Hỏng.", en: "Broken." }, stats: { syncs: 0, chunks: 0, ms: 5 } };

async function renderApp(kind: CalculationHost["kind"], lang: "vi" | "en" = "vi") {
  if (lang === "en") localStorage.setItem(LANG_STORAGE_KEY, "en");
  const host = new FakeHost({ kind });
  render(<App host={host} />);
  await flush();
  return host;
}

describe("the wording follows where the workbook lives", () => {
  test("in Excel: the automatic switch, and advice about the input sheets and Excel itself", async () => {
    const host = await renderApp("excel");
    expect(screen.getByRole("switch", { name: "Tự động tính lại" })).toBeTruthy();
    expect(screen.getByText(/Tính lại khoảng 1 giây sau lần sửa cuối cùng trên các trang nhập liệu/)).toBeTruthy();
    expect(screen.getByText(/Bấm Tính lại để đọc các trang Đơn vị, Chỉ tiêu/)).toBeTruthy();
    expect(screen.getByRole("button", { name: "Tính lại" }).getAttribute("title")).toMatch(/^Đọc các trang nhập liệu/);
    await userEvent.setup().click(screen.getByRole("button", { name: "Tính lại" }));
    await act(async () => host.current.resolve(FAILED));
    expect(screen.getByRole("alert").textContent).toContain("đóng và mở lại Excel");
  });

  test("for a file in the browser: no automatic switch, and advice about opening the file, in Vietnamese", async () => {
    const host = await renderApp("file");
    expect(screen.queryByRole("switch")).toBeNull();
    expect(screen.queryByText(/trên các trang nhập liệu/)).toBeNull();
    const empty = screen.getByRole("region", { name: "Chưa tính xếp hạng" });
    expect(empty.textContent).toContain("Mở một tệp Excel có các trang Đơn vị, Chỉ tiêu");
    expect(empty.textContent).toContain("xếp hạng ngay khi mở");
    expect(screen.getByRole("button", { name: "Tính lại" }).getAttribute("title")).toMatch(/^Đọc lại tệp đang mở/);
    expect(screen.getByRole("button", { name: "Tạo mẫu" }).getAttribute("title")).toMatch(/^Mở tệp mẫu Khối 17/);

    await userEvent.setup().click(screen.getByRole("button", { name: "Tính lại" }));
    await act(async () => host.current.resolve(FAILED));
    const alert = screen.getByRole("alert").textContent ?? "";
    expect(alert).toContain("Hỏng.");
    expect(alert).not.toContain("đóng và mở lại Excel");
    expect(alert).toContain("lưu lại dạng .xlsx rồi mở lại ở đây");
  });

  test("for a file in the browser, in English", async () => {
    const host = await renderApp("file", "en");
    expect(screen.queryByRole("switch")).toBeNull();
    expect(screen.getByRole("region", { name: "No ranking yet" }).textContent).toContain("it is ranked as soon as it opens");
    await userEvent.setup().click(screen.getByRole("button", { name: "Recalculate" }));
    await act(async () => host.current.resolve(FAILED));
    const alert = screen.getByRole("alert").textContent ?? "";
    expect(alert).not.toContain("reopen Excel");
    expect(alert).toContain("save it as .xlsx and open it here again");
  });

  test("a blocked file says the download only adds Kiểm tra and how to try again", async () => {
    const host = await renderApp("file");
    await userEvent.setup().click(screen.getByRole("button", { name: "Tính lại" }));
    await act(async () => host.current.resolve(blocked(calculation([], [error("Chỉ tiêu", "G2", "Kế hoạch bằng 0")]))));
    const notice = screen.getAllByRole("alert")[0].textContent ?? "";
    expect(notice).toContain("Tệp tải xuống chỉ có thêm trang Kiểm tra");
    expect(notice).not.toContain("giữ nguyên xếp hạng trước trên trang Xếp hạng");
  });
});

describe("an input change the host marks immediate", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test("recalculates at once, without the quiet period of cell edits", async () => {
    const host = await renderApp("file");
    act(() => host.changeListener?.({ immediate: true }));
    expect(host.recalculate).toHaveBeenCalledTimes(1);
  });

  test("cancels a pending automatic run instead of adding one", async () => {
    const host = await renderApp("excel");
    act(() => host.changeListener?.());
    act(() => host.changeListener?.({ immediate: true }));
    expect(host.recalculate).toHaveBeenCalledTimes(1);
    act(() => jest.advanceTimersByTime(5000));
    expect(host.recalculate).toHaveBeenCalledTimes(1);
  });

  test("a plain change from a file host still waits for the quiet period", async () => {
    const host = await renderApp("file");
    act(() => host.changeListener?.());
    expect(host.recalculate).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1000));
    expect(host.recalculate).toHaveBeenCalledTimes(1);
  });
});

describe("page height", () => {
  const minHeight = () => getComputedStyle(screen.getByTestId("app-page")).minHeight;

  test("fills Excel's pane", async () => {
    render(<App host={new FakeHost()} />);
    await flush();
    expect(minHeight()).toBe("100vh");
  });

  test("embedded in a page, is as tall as its content", async () => {
    render(<App host={new FakeHost({ kind: "file" })} embedded />);
    await flush();
    expect(minHeight()).not.toBe("100vh");
  });
});
