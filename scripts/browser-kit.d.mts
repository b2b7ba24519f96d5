/** Types of scripts/browser-kit.mjs for the TypeScript benchmarks (bench/pane.bench.ts, bench/web.bench.ts). */
import type { Server } from "node:http";
import type { Browser } from "playwright-core";

export const ROOT: string;
export const DIST: string;
export const DIST_WEB: string;
export const CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
export function chromiumMissing(): string | null;
export function launchChromium(): Promise<Browser>;
export function ensurePaneBuild(): string;
export function ensureWebBuild(): void;
export function bundleFakeOffice(): Promise<Uint8Array>;
export function servePane(fakeOffice: Uint8Array): Promise<Server>;
export function paneScripts(paneHtml: string): { initial: string[]; initialBytes: number; totalBytes: number; files: number };
export function firstRenderProbe(selector: string, text: string): string;
export function holdBundle(page: import("playwright-core").Page, bundle: RegExp): Promise<() => void>;
export function readyProbe(): string;
