import * as path from "node:path";

/**
 * The script of a worker thread kept beside the module that starts it (`dir`: that module's
 * __dirname): `<name>.js` when running compiled, else `<name>.ts` with tsx as its TypeScript loader
 * (from source: tsx, ts-jest), plus this thread's Node options, as a worker gets them by default.
 */
export function workerScript(dir: string, name: string): { file: string; execArgv?: string[] } {
  const ts = __filename.endsWith(".ts");
  const file = path.join(dir, `${name}${ts ? ".ts" : ".js"}`);
  return ts ? { file, execArgv: ["--require", require.resolve("tsx/cjs"), ...process.execArgv] } : { file };
}
