/** @jest-environment jsdom */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/App";
import { FakeHost } from "./fake-host";

beforeEach(() => localStorage.clear());

test("Tạo mẫu inserts the sample straight away when no input sheet exists, then recalculates", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tạo mẫu" }));
  expect(host.insertSample).toHaveBeenCalledWith({ overwrite: false });
  expect(await screen.findByText("Đã chèn dữ liệu mẫu Khối 17.")).toBeTruthy();
  expect(host.recalculate).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole("alertdialog")).toBeNull();
});

test("existing sheets are overwritten only after the officer confirms", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  host.insertSample.mockResolvedValueOnce({ status: "exists", existing: ["Đơn vị", "Chỉ tiêu"] });
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tạo mẫu" }));
  const dialog = await screen.findByRole("alertdialog");
  expect(dialog.textContent).toContain("Đơn vị, Chỉ tiêu");
  expect(host.insertSample).toHaveBeenCalledTimes(1);
  await user.click(screen.getByRole("button", { name: "Ghi đè" }));
  await waitFor(() => expect(host.insertSample).toHaveBeenLastCalledWith({ overwrite: true }));
  expect(host.insertSample).toHaveBeenCalledTimes(2);
  expect(await screen.findByText("Đã chèn dữ liệu mẫu Khối 17.")).toBeTruthy();
});

test("cancelling the confirmation leaves the workbook alone", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  host.insertSample.mockResolvedValueOnce({ status: "exists", existing: ["Đơn vị"] });
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tạo mẫu" }));
  await screen.findByRole("alertdialog");
  await user.click(screen.getByRole("button", { name: "Hủy" }));
  await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  expect(host.insertSample).toHaveBeenCalledTimes(1);
  expect(host.recalculate).not.toHaveBeenCalled();
});

test("a failure to insert is reported", async () => {
  const user = userEvent.setup();
  const host = new FakeHost();
  host.insertSample.mockRejectedValueOnce(new Error("Workbook is protected"));
  render(<App host={host} />);
  await user.click(screen.getByRole("button", { name: "Tạo mẫu" }));
  expect(await screen.findByText("Không tạo được mẫu: Workbook is protected")).toBeTruthy();
});

test("no Tạo mẫu button when the host cannot insert the sample", () => {
  const host = new FakeHost();
  (host as { insertSample?: unknown }).insertSample = undefined;
  render(<App host={host} />);
  expect(screen.queryByRole("button", { name: "Tạo mẫu" })).toBeNull();
});
