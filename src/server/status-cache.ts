/**
 * The dashboard's document counts (GET /api/documents: documentStatus, `selaras status --json`),
 * counted again only where the database changed: nothing changed (store.changeKey) — the counts
 * kept; only this server wrote, to documents it names (a save, a note, a join or split, an
 * alignment: `touched`, told by the live hub as it announces them) — those documents counted
 * again; anything else (another process wrote to the corpus — store.othersChangeKey, which a user
 * added or a token changed beside the server keeps — or a write no document was named for) — every
 * document counted again. Counting 1,000,000 segments takes seconds; one document, milliseconds.
 */
import { documentStatus, type DocumentStatus } from "../app/status";
import type { Store } from "../store";

/** More documents touched than this: every document is counted again (one query beats many). */
const MAX_TOUCHED = 200;

export interface StatusCache {
  /** This server changed a document (by its slug, or a ref of one of its units `<slug>:<n>`). */
  touched(documentOrRef: string): void;
  /** The counts of every document, as documentStatus gives them now. */
  get(): DocumentStatus[];
}

export function createStatusCache(store: Store): StatusCache {
  let kept: { key: string; others: string; value: DocumentStatus[] } | null = null;
  const touched = new Set<string>();
  return {
    touched(documentOrRef) {
      const colon = documentOrRef.lastIndexOf(":");
      touched.add(colon < 0 ? documentOrRef : documentOrRef.slice(0, colon));
    },
    get() {
      const key = store.changeKey();
      if (kept?.key === key) { touched.clear(); return kept.value; }
      // (the others' key unchanged: every write to the corpus since the counts were made was this server's)
      const others = store.othersChangeKey();
      if (kept && kept.others === others && touched.size > 0 && touched.size <= MAX_TOUCHED) {
        const fresh = new Map(documentStatus(store, [...touched]).map((d) => [d.document, d]));
        kept = { key, others, value: kept.value.map((d) => fresh.get(d.document) ?? d) };
      } else {
        kept = { key, others, value: documentStatus(store) };
      }
      touched.clear();
      return kept.value;
    },
  };
}
