/**
 * The Node options a worker thread started from source gets (src/app/worker-script.ts): this
 * thread's, without tsx's own loader (a worker given it as well as `--require tsx/cjs` never started
 * its script: the workbench's server under tsx never answered a preview or an audit).
 */
import { withoutTsxLoader } from "../../src/app/worker-script";

describe("withoutTsxLoader", () => {
  it("drops the options `tsx` starts Node with, in either spelling, and keeps every other", () => {
    expect(withoutTsxLoader(["--require", "/repo/node_modules/tsx/dist/preflight.cjs", "--import", "file:///repo/node_modules/tsx/dist/loader.mjs"])).toEqual([]);
    expect(withoutTsxLoader(["--import=tsx", "--require=C:\\repo\\node_modules\\tsx\\dist\\preflight.cjs", "--max-old-space-size=512"])).toEqual(["--max-old-space-size=512"]);
    expect(withoutTsxLoader(["-r", "tsx/cjs", "--enable-source-maps", "--require", "/probe.js", "--import", "./my-tsx-free-hook.mjs"]))
      .toEqual(["--enable-source-maps", "--require", "/probe.js", "--import", "./my-tsx-free-hook.mjs"]);
    // (an option that takes a module, last, with no value: kept as it is)
    expect(withoutTsxLoader(["--inspect", "--require"])).toEqual(["--inspect", "--require"]);
  });
});
