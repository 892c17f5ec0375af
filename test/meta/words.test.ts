/**
 * One word per concept in the CLI's help texts (docs/reference/commands.md#words): a stored piece of
 * an article is a *segment* (`segmen`), what is translated as one a *unit*; *sentence* (`kalimat`)
 * names a sentence of a text as language only. Every command's `--help`, in both languages.
 */
import { run } from "../helpers/cli";

/** Every command path, read from the help's "Commands:" lists (`check ignore`, `glossary add`, …). */
async function commandPaths(prefix: string[] = []): Promise<string[][]> {
  const help = (await run([...prefix, "--help", "--lang", "en"])).stdout;
  const found: string[][] = [];
  for (const m of help.matchAll(/^ {2}selaras ((?:[a-z-]+ ?)+)/gm)) {
    const words = m[1]!.trim().split(" ");
    if (words.length !== prefix.length + 1 || words.slice(0, -1).join(" ") !== prefix.join(" ")) continue;
    found.push(words, ...(await commandPaths(words)));
  }
  return found;
}

/** Where the word is right: a sentence of a text, as language. */
const SENTENCE_USES: Record<"en" | "id", RegExp[]> = {
  en: [/one sentence per line/g, /no sentence splitting/g, /Align the sentences of an Indonesian and an English text/g, /example sentence/g, /\(sentences, headlines, bylines\)/g],
  id: [/satu kalimat/g, /kalimat tidak dipecah/g, /Sejajarkan kalimat teks/g, /contoh kalimat/g, /\(kalimat, judul, baris penulis\)/g],
};

describe("words in help texts", () => {
  it.each(["en", "id"] as const)("'sentence' names no segment or unit in any command's help (%s)", async (lang) => {
    const paths = await commandPaths();
    expect(paths.length).toBeGreaterThan(30);
    expect(paths).toContainEqual(["translate", "set"]);
    const wrong: string[] = [];
    for (const p of [[], ...paths]) {
      // (yargs wraps lines: one space between words, then the allowed uses taken out)
      let text = (await run([...p, "--help", "--lang", lang], { env: { COLUMNS: "1000" } })).stdout.replace(/\s+/g, " ");
      for (const ok of SENTENCE_USES[lang]) text = text.replace(ok, "");
      for (const m of text.matchAll(lang === "en" ? /.{0,40}\bsentences?\b.{0,40}/gi : /.{0,40}\bkalimat\b.{0,40}/gi)) wrong.push(`${p.join(" ")}: …${m[0]}…`);
    }
    expect(wrong).toEqual([]);
  });
});
