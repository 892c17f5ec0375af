/**
 * The session's and workbench's glossary hints (app/assist.ts) read the source as the checks do: an
 * acronym inside a company name or a person's initials is not the glossary's term.
 */
import * as path from "node:path";
import { createAssist } from "../../src/app/assist";
import { loadGlossary } from "../../src/app/glossary";
import { openStore } from "../../src/store";

const ROOT = path.resolve(__dirname, "../..");

describe("createAssist: glossary hints", () => {
  it("leaves out a person's initials and a company's acronym, keeps the country", () => {
    const store = openStore(":memory:");
    try {
      store.transaction(() => store.glossary.replaceAll(loadGlossary(path.join(ROOT, "glossary")), "2026-12-04T00:00:00Z"));
      const assist = createAssist(store);
      const source = "Polisi menangkap tersangka berinisial AS (34) dari PT AS Teknologi di AS.";
      const us = source.lastIndexOf("AS");
      expect(assist.spans(source)).toEqual([{ start: us, end: us + 2, entry: "united-states" }]);
      expect(assist.terms(source).map((t) => t.entry)).toEqual(["united-states"]);
      expect(assist.terms("Tersangka AS alias Budi ditangkap.")).toEqual([]);
    } finally {
      store.close();
    }
  });
});
