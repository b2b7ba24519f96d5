import { lazy, type ComponentType, type JSX } from "react";

export interface PreloadableComponent<P extends object> {
  (props: P): JSX.Element;
  /** Starts loading the chunk; once it has loaded the component renders without suspending. */
  preload(): Promise<void>;
}

/**
 * React.lazy that can be loaded ahead of time. React.lazy suspends on its first render even when the
 * chunk is already there; after preload() this renders the loaded component directly, so a pane that
 * preloaded its result views after the first paint never flashes a fallback when a calculation ends.
 */
export function lazyWithPreload<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed chunk download (network glitch) may succeed on the next render: do not cache the failure.
        pending = null;
        throw error;
      },
    ));
  const Lazy = lazy(() => start().then((component) => ({ default: component })));
  const Preloadable = (props: P) => {
    const Component = loaded ?? Lazy;
    return <Component {...props} />;
  };
  Preloadable.preload = () => start().then(() => undefined);
  return Preloadable;
}
