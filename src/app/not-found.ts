/**
 * The error for a document name the database does not hold, with what a person needs to go on: the
 * nearest document name (a typo, or the beginning of a long name) or, when none is near, how many
 * documents there are (none: nothing was ingested into this database yet).
 */
import { distance } from "fastest-levenshtein";
import { NotFoundError } from "../errors";
import type { Store } from "../store";

/**
 * The document name `given` was probably meant to be: one that begins with it (`putin-butuh` for
 * `putin-butuh-senjata-kim`, at least 4 characters typed), else the nearest by edit distance when
 * at most a third of the name's length (at least 1, at most 4) apart; the shortest, then the first
 * in order, on a tie. Undefined when none is near.
 */
export function nearestSlug(given: string, slugs: readonly string[]): string | undefined {
  const g = given.trim().toLowerCase();
  if (g === "") return undefined;
  const prefixed = g.length >= 4 ? slugs.filter((s) => s.startsWith(g)) : [];
  if (prefixed.length) return prefixed.reduce((a, b) => (b.length < a.length ? b : a));
  const max = Math.min(4, Math.max(1, Math.floor(g.length / 3)));
  let best: string | undefined, bestD = max + 1;
  for (const s of slugs) {
    if (Math.abs(s.length - g.length) > max) continue;
    const d = distance(g, s);
    if (d < bestD || (d === bestD && best !== undefined && s.length < best.length)) { best = s; bestD = d; }
  }
  return best;
}

/**
 * NotFoundError `not-found-document` {document, documents, suggestion?}: `documents` the number of
 * documents the database holds, `suggestion` the nearest name (see nearestSlug).
 */
export function documentNotFound(store: Store, slug: string, slugs?: readonly string[]): NotFoundError {
  const all = slugs ?? store.documents.all().map((d) => d.slug);
  const near = nearestSlug(slug, all);
  return new NotFoundError("not-found-document", { document: slug, documents: all.length, ...(near === undefined ? {} : { suggestion: near }) });
}
