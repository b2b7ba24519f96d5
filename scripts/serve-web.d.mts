/** Types of scripts/serve-web.mjs for the TypeScript benchmarks. */
import type { Server } from "node:http";

export const DIST_WEB: string;
export function serveFolder(folder: string, port: number): Promise<Server>;
