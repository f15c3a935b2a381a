/**
 * Queries over the whole archive, remembered: once per corpus (a server process has one per
 * language), or once per corpus and publication day where the answer depends on the date.
 * The proxy and the pages ask them on many requests; with 10,000 items a scan costs about
 * a millisecond, a lookup nothing.
 */
import type { Corpus } from "./content/model";
import type { PublicationContext } from "./publication";

export function perCorpus<T>(compute: (corpus: Corpus) => T): (corpus: Corpus) => T {
  const values = new WeakMap<Corpus, T>();
  return (corpus) => {
    if (!values.has(corpus)) values.set(corpus, compute(corpus));
    return values.get(corpus)!;
  };
}

export function perCorpusAndDay<T>(
  compute: (corpus: Corpus, context: PublicationContext) => T,
): (corpus: Corpus, context: PublicationContext) => T {
  const values = new WeakMap<Corpus, { key: string; value: T }>();
  return (corpus, context) => {
    const key = `${context.today}|${context.includeDrafts}|${context.includeScheduled}`;
    let entry = values.get(corpus);
    if (entry?.key !== key) {
      entry = { key, value: compute(corpus, context) };
      values.set(corpus, entry);
    }
    return entry.value;
  };
}
