/** Queries over signatories. */
import type { Corpus, Signatory } from "./content/model";
import { SIGNATORY_KINDS, type SignatoryKind } from "./content/schema";
import { countryName } from "./format";
import { INTL_LOCALE, ORGANISATIONS_BY_COUNTRY, type Locale } from "./i18n/config";

export function getSignatory(corpus: Corpus, slug: string): Signatory | undefined {
  return corpus.signatoriesBySlug.get(slug);
}

export type SignatoryGroup = { kind: SignatoryKind; signatories: Signatory[] };

/**
 * Signatories grouped by kind, in the contract's order of kinds, empty groups omitted.
 * Within a group, names are sorted in the reader's language as they are shown — or, in a
 * language whose names put titles before the country (English: "Embassy of the Kingdom of
 * Belgium" under B), organisations that represent a country by the country's name.
 */
export function getSignatoriesByKind(corpus: Corpus, locale: Locale): SignatoryGroup[] {
  const byCountry = ORGANISATIONS_BY_COUNTRY[locale];
  const sortKey = (signatory: Signatory) =>
    byCountry && signatory.country ? countryName(signatory.country, locale) : signatory.name;
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  return SIGNATORY_KINDS.map((kind) => ({
    kind,
    signatories: corpus.signatories
      .filter((signatory) => signatory.kind === kind)
      .sort((a, b) => collator.compare(sortKey(a), sortKey(b))),
  })).filter((group) => group.signatories.length > 0);
}
