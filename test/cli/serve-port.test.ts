/** `selaras serve --port`: a port out of range is a usage error said in the user's language, before anything is opened. */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir } from "../helpers/cli";

describe("selaras serve --port", () => {
  let dir: string;
  beforeEach(() => { dir = tempDir(); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(["80000", "65536", "-1", "1.5"])("refuses --port %s (exit 2), in English and Indonesian, creating no database", async (given) => {
    const db = path.join(dir, "s.db");
    const en = await run(["serve", `--port=${given}`, "--db", db], { cwd: dir });
    expect(en).toEqual({
      code: 2, stdout: "",
      stderr: `selaras: --port takes a whole number from 0 to 65535 (0 picks a free port), not '${given}'\nRun 'selaras serve --help' for usage.\n`,
    });
    const id = await run(["serve", `--port=${given}`, "--db", db, "--lang", "id"], { cwd: dir });
    expect(id).toEqual({
      code: 2, stdout: "",
      stderr: `selaras: --port harus bilangan bulat dari 0 sampai 65535 (0 memilih port yang bebas), bukan '${given}'\nJalankan 'selaras serve --help' untuk petunjuk pemakaian.\n`,
    });
    expect(fs.existsSync(db)).toBe(false);
  });

  it("says so in --json too: code usage, the option and the value", async () => {
    const r = await run(["serve", "--port", "80000", "--db", path.join(dir, "s.db"), "--json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: "usage", message: "--port takes a whole number from 0 to 65535 (0 picks a free port), not '80000'", data: { command: "serve", option: "--port", value: "80000" } });
  });
});
