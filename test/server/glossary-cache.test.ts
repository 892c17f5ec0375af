/**
 * The workbench's glossary page on a big glossary: the server keeps the glossary, searchable, while
 * it is unchanged (a keystroke's search on 47,000 concepts took 0.75 s), and reads it again when
 * it changes: by this server's own edit, or by another process (the CLI beside the server).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CSRF_HEADER } from "../../src/server/app";
import type { Store } from "../../src/store";
import { run } from "../helpers/cli";
import type { FastifyInstance } from "fastify";
import { closeInProcess, inProcessWorkbench } from "../helpers/workbench";

const TOKEN = "c".repeat(48);
const DOC = "putin-tolak-sanksi-barat";
const H = { [CSRF_HEADER]: TOKEN };
let dir: string;
let store: Store;
let app: FastifyInstance;
const put = (ref: string, target: string) =>
  app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(ref)}`, payload: { target, baseRevision: 0, confirm: false }, headers: H });

beforeAll(async () => ({ dir, store, app } = await inProcessWorkbench("selaras-gloss-cache-", TOKEN)));
afterAll(() => closeInProcess({ dir, store, app }));

it("reads the glossary once while it is unchanged: searches and a save of a rendering by this server do not read it again; its own edit does", async () => {
  const reads = jest.spyOn(store.glossary, "all");
  /** How many times a request read the whole glossary. */
  const readsOf = async (url: string) => {
    const before = reads.mock.calls.length;
    const res = await app.inject({ url });
    expect(res.statusCode).toBe(200);
    return { reads: reads.mock.calls.length - before, body: res.json() as { matched: number; concepts: Array<{ id: string }> } };
  };
  try {
    expect((await readsOf("/api/glossary?q=korea&limit=5")).reads).toBe(1);
    expect((await readsOf("/api/glossary?q=kor&limit=5")).reads).toBe(0);
    expect((await readsOf("/api/glossary/north-korea")).reads).toBe(0);
    // (the save's own checks read the glossary as they always did)
    expect((await put(`${DOC}:2`, "He was met at the airport.")).statusCode).toBe(200);
    expect((await readsOf("/api/glossary?q=ko&limit=5")).reads).toBe(0);
    // an edit through the server: read again (for the edit's answer, then kept), the change in the answer
    const before = reads.mock.calls.length;
    const set = await app.inject({ method: "PUT", url: "/api/glossary/kremlin", payload: { cells: { note: "The seat of the Russian government." } }, headers: H });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ concept: { id: "kremlin", note: "The seat of the Russian government." } });
    expect(reads.mock.calls.length).toBeGreaterThan(before);
    const after = await readsOf("/api/glossary?q=seat%20of%20the%20russian&limit=5");
    expect(after).toMatchObject({ reads: 0, body: { matched: 1, concepts: [{ id: "kremlin" }] } });
  } finally {
    reads.mockRestore();
  }
});

it("answers from the glossary as it is after a change by another process (a `glossary add` beside the server)", async () => {
  const before = (await app.inject({ url: "/api/glossary?q=zebra-crossing" })).json() as { total: number; matched: number };
  expect(before.matched).toBe(0);
  expect((await app.inject({ url: "/api/glossary/zebra-crossing" })).statusCode).toBe(404);
  const add = await run(["glossary", "add", "zebra-crossing", "--source", "zebra cross", "--preferred", "zebra crossing", "--into", "roads.tsv"], { cwd: dir });
  expect(add.code).toBe(0);
  const after = (await app.inject({ url: "/api/glossary?q=zebra-crossing&limit=10" })).json() as { total: number; matched: number; concepts: Array<{ id: string }> };
  expect([after.total, after.matched, after.concepts.map((c) => c.id)]).toEqual([before.total + 1, 1, ["zebra-crossing"]]);
  expect((await app.inject({ url: "/api/glossary/zebra-crossing" })).json()).toMatchObject({ id: "zebra-crossing", file: "glossary/roads.tsv", line: 2 });
  const removed = await run(["glossary", "remove", "zebra-crossing"], { cwd: dir });
  expect(removed.code).toBe(0);
  expect(fs.existsSync(path.join(dir, "glossary", "roads.tsv"))).toBe(false);
  expect(((await app.inject({ url: "/api/glossary" })).json() as { total: number }).total).toBe(before.total);
});
