import * as path from "node:path";

/** Node options that take a module in the next argument (tsx's loader comes in through these). */
const MODULE_OPTIONS: ReadonlySet<string> = new Set(["--require", "-r", "--import", "--loader", "--experimental-loader"]);

/**
 * This thread's Node options without tsx's own loader (`tsx` run as a command starts Node with
 * `--require …/tsx/dist/preflight.cjs --import …/tsx/dist/loader.mjs`): a worker given them as
 * well as `--require tsx/cjs` never starts its script (the workbench's server under tsx in the
 * browser tests: its preview and audit workers never answered).
 */
export function withoutTsxLoader(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  const isTsx = (m: string) => /[\\/]tsx[\\/]|^tsx(\/|$)/.test(m);
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    const eq = a.indexOf("=");
    if (MODULE_OPTIONS.has(a) && i + 1 < execArgv.length && isTsx(execArgv[i + 1]!)) { i++; continue; }
    if (eq > 0 && MODULE_OPTIONS.has(a.slice(0, eq)) && isTsx(a.slice(eq + 1))) continue;
    out.push(a);
  }
  return out;
}

/**
 * The script of a worker thread kept beside the module that starts it (`dir`: that module's
 * __dirname): `<name>.js` when running compiled, else `<name>.ts` with tsx as its TypeScript loader
 * (from source: tsx, ts-jest), plus this thread's Node options without tsx's own loader (see
 * withoutTsxLoader).
 */
export function workerScript(dir: string, name: string): { file: string; execArgv?: string[] } {
  const ts = __filename.endsWith(".ts");
  const file = path.join(dir, `${name}${ts ? ".ts" : ".js"}`);
  return ts ? { file, execArgv: ["--require", require.resolve("tsx/cjs"), ...withoutTsxLoader(process.execArgv)] } : { file };
}
