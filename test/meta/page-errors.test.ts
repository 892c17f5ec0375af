/**
 * The page's error messages end the same way: the CLI's (`error.<code>`) and the page's own
 * (`web.page-error.<code>`) are written without a full stop at the end (the CLI prints them after
 * `selaras: `), and the page makes each a sentence (src/web/client/sentence.ts): a capital first
 * letter and one full stop — never none, never two.
 */
import { loadResources, createT } from "../../src/i18n";
import { asSentence } from "../../src/web/client/sentence";

type Tree = { [k: string]: string | Tree };
function flatten(tree: Tree, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === "string") out.set(prefix + k, v);
    else flatten(v, `${prefix}${k}.`, out);
  }
  return out;
}

describe.each(["en", "id"] as const)("page error messages (%s)", (lang) => {
  const keys = flatten(loadResources(lang));
  const pageErrors = [...keys.entries()].filter(([k]) => k.startsWith("web.page-error."));

  it("are written as the CLI's are: no full stop at the end", () => {
    expect(pageErrors.length).toBeGreaterThan(10);
    expect(pageErrors.filter(([, v]) => /\.\s*$/.test(v)).map(([k]) => k)).toEqual([]);
  });

  it("each end with one full stop as the page shows them (a question's mark kept), the CLI's too", () => {
    const t = createT(lang);
    const shown = [...keys.keys()].filter((k) => k.startsWith("web.page-error.") || k.startsWith("error."))
      .map((k) => [k, asSentence(String(t(k, { count: 2, admins: ["ayu", "budi"] } as never)))] as const);
    expect(shown.length).toBeGreaterThan(300);
    expect(shown.filter(([, s]) => !/[^.]\.$|[?!…][)"'”’]?$/.test(s)).map(([k, s]) => `${k}: ${s}`)).toEqual([]);
  });

  it("a message ending with a question is not given a full stop after its mark; one without gets one", () => {
    expect(asSentence("no document 'x'. Did you mean 'y'?")).toBe("No document 'x'. Did you mean 'y'?");
    expect(asSentence("no document 'x' in this project (did you mean 'y'?)")).toBe("No document 'x' in this project (did you mean 'y'?)");
    expect(asSentence("no document 'x' in this project: the Documents page lists them")).toBe("No document 'x' in this project: the Documents page lists them.");
    expect(asSentence("translations/a.txt changed on disk", { file: "translations/a.txt" })).toBe("translations/a.txt changed on disk.");
  });
});
