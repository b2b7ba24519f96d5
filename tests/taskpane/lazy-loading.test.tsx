/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { detectCapabilities, type Capabilities } from "../../src/excel/capabilities";
import { lazyWithPreload } from "../../src/ui/lazy-component";
import { createLazyExcelHost } from "../../src/taskpane/lazy-excel-host";
import { FakeHost, ranked } from "../ui/fake-host";
import { calculation, rankedUnits } from "../ui/fixtures";

const caps = (changeEvents: boolean, selectionEvents = changeEvents): Capabilities => ({ ...detectCapabilities(() => true), changeEvents, selectionEvents });

describe("createLazyExcelHost", () => {
  test("loads the engine only when first used, once, and delegates to it", async () => {
    const engine = new FakeHost();
    const load = jest.fn(async () => engine);
    const host = createLazyExcelHost({ load, capabilities: caps(true) });
    expect(load).not.toHaveBeenCalled();
    const outcome = ranked(calculation(rankedUnits()));
    const pending = host.recalculate({ lang: "vi" });
    await act(async () => undefined);
    engine.current.resolve(outcome);
    expect(await pending).toBe(outcome);
    await host.selectCell!("Chỉ tiêu", "H9");
    expect(engine.selectCell).toHaveBeenCalledWith("Chỉ tiêu", "H9");
    await host.insertSample!({ overwrite: true });
    expect(engine.insertSample).toHaveBeenCalledWith({ overwrite: true });
    expect(load).toHaveBeenCalledTimes(1);
  });

  test("change events are offered from the requirement sets alone; stopping before any start loads nothing", async () => {
    const engine = new FakeHost();
    const load = jest.fn(async () => engine);
    const host = createLazyExcelHost({ load, capabilities: caps(true) });
    expect(host.changes?.supported).toBe(true);
    await host.changes!.stop();
    expect(load).not.toHaveBeenCalled();
    const listener = () => undefined;
    await host.changes!.start(listener);
    expect(engine.changes.start).toHaveBeenCalledWith(listener);
    await host.changes!.stop();
    expect(engine.changes.stop).toHaveBeenCalled();
    expect(createLazyExcelHost({ load, capabilities: caps(false) }).changes).toBeNull();
  });

  test("member selection is offered from the requirement sets alone and delegated to the engine once it is used", async () => {
    const engine = new FakeHost();
    const load = jest.fn(async () => engine);
    const host = createLazyExcelHost({ load, capabilities: caps(true, true) });
    expect(host.selection?.supported).toBe(true);
    await host.selection!.stop();
    expect(load).not.toHaveBeenCalled();
    const onMember = () => undefined;
    await host.selection!.start(onMember);
    expect(engine.selection.start).toHaveBeenCalledWith(onMember);
    await host.selection!.stop();
    expect(engine.selection.stop).toHaveBeenCalled();
    expect(createLazyExcelHost({ load, capabilities: caps(true, false) }).selection).toBeNull();
  });

  test("a failed engine download is retried on the next use", async () => {
    const engine = new FakeHost();
    const load = jest.fn().mockRejectedValueOnce(new Error("chunk failed")).mockResolvedValue(engine);
    const host = createLazyExcelHost({ load, capabilities: caps(false) });
    await expect(host.preload()).rejects.toThrow("chunk failed");
    await host.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe("lazyWithPreload", () => {
  test("suspends until loaded, and once preloaded renders at once without the fallback", async () => {
    const Hello = ({ who }: { who: string }) => <p>Xin chào {who}</p>;
    let resolve!: (c: typeof Hello) => void;
    const Lazy = lazyWithPreload(() => new Promise<typeof Hello>((r) => (resolve = r)));
    const { rerender } = render(
      <Suspense fallback={<p>đang tải</p>}>
        <Lazy who="khối" />
      </Suspense>,
    );
    expect(screen.getByText("đang tải")).toBeTruthy();
    await act(async () => resolve(Hello));
    expect(screen.getByText("Xin chào khối")).toBeTruthy();

    const Preloaded = lazyWithPreload(async () => Hello);
    await Preloaded.preload();
    rerender(
      <Suspense fallback={<p>đang tải</p>}>
        <Preloaded who="17" />
      </Suspense>,
    );
    expect(screen.getByText("Xin chào 17")).toBeTruthy();
    expect(screen.queryByText("đang tải")).toBeNull();
  });
});
