/**
 * Builds the workbench page: src/web/client (Preact, TSX) → dist/web/app.js + app.css with esbuild,
 * after type-checking it with its own tsconfig (DOM lib, Preact JSX). Run by `npm run build`
 * (so `npm ci`, whose `prepare` builds, builds the page too). No CDN: everything is bundled.
 */
import * as path from "node:path";
import { execFileSync } from "node:child_process";

const ROOT = path.resolve(__dirname, "../../..");

export async function buildWeb(o: { outdir?: string; typecheck?: boolean } = {}): Promise<string> {
  const outdir = o.outdir ?? path.join(ROOT, "dist/web");
  if (o.typecheck !== false) {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "src/web/tsconfig.json")], { stdio: "inherit" });
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  await esbuild.build({
    entryPoints: { app: path.join(ROOT, "src/web/client/main.tsx") },
    bundle: true, minify: true, sourcemap: false, format: "iife", target: ["es2020"], platform: "browser",
    jsx: "automatic", jsxImportSource: "preact", outdir, logLevel: "warning", legalComments: "none",
  });
  return outdir;
}

if (require.main === module) {
  buildWeb().catch((e) => { console.error(e); process.exitCode = 1; });
}
