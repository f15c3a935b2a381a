/** Queries over signatories. */
import type { Corpus, Signatory } from "./content/model";
import { SIGNATORY_KINDS, type SignatoryKind } from "./content/schema";

export function getSignatory(corpus: Corpus, slug: string): Signatory | undefined {
  return corpus.signatoriesBySlug.get(slug);
}

export type SignatoryGroup = { kind: SignatoryKind; signatories: Signatory[] };

/** Signatories grouped by kind, in the contract's order of kinds; empty groups omitted. */
export function getSignatoriesByKind(corpus: Corpus): SignatoryGroup[] {
  return SIGNATORY_KINDS.map((kind) => ({
    kind,
    signatories: corpus.signatories.filter((signatory) => signatory.kind === kind),
  })).filter((group) => group.signatories.length > 0);
}
