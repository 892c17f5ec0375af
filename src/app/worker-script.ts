import * as path from "node:path";

/**
 * The script of a worker thread kept beside the module that starts it (`dir`: that module's
 * __dirname): `<name>.js` when running compiled, else `<name>.ts` with tsx as its TypeScript loader
 * (from source: tsx, ts-jest), plus this thread's Node options unless `inherit` is false (a thread
 * started under tsx's own loader options, as the workbench's server is in its tests, must not give
 * them to a worker that loads TypeScript through `--require tsx/cjs`).
 */
export function workerScript(dir: string, name: string, inherit = true): { file: string; execArgv?: string[] } {
  const ts = __filename.endsWith(".ts");
  const file = path.join(dir, `${name}${ts ? ".ts" : ".js"}`);
  return ts ? { file, execArgv: ["--require", require.resolve("tsx/cjs"), ...(inherit ? process.execArgv : [])] } : { file };
}
