/**
 * Builds the workbench page: src/web/client (Preact, TSX) → dist/web/app.js + app.css with esbuild,
 * after type-checking it with its own tsconfig (DOM lib, Preact JSX). Run by `npm run build`
 * (so `npm ci`, whose `prepare` builds, builds the page too). No CDN: everything is bundled.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";

/** The repository: the nearest folder above with package.json (from src/web under ts-jest, dist/src/web compiled). */
function repoRoot(): string {
  let d = __dirname;
  while (!fs.existsSync(path.join(d, "package.json")) && path.dirname(d) !== d) d = path.dirname(d);
  return d;
}
const ROOT = repoRoot();

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
