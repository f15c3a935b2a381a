/** Queries over initiatives and their hierarchy. */
import type { Corpus, Initiative, Signatory } from "./content/model";

export function getInitiative(corpus: Corpus, slug: string): Initiative | undefined {
  return corpus.initiativesBySlug.get(slug);
}

export function getParentInitiative(
  corpus: Corpus,
  initiative: Initiative,
): Initiative | undefined {
  return initiative.parent ? corpus.initiativesBySlug.get(initiative.parent) : undefined;
}

export function getChildInitiatives(corpus: Corpus, slug: string): Initiative[] {
  return corpus.initiatives.filter((initiative) => initiative.parent === slug);
}

export type InitiativeNode = { initiative: Initiative; children: InitiativeNode[] };

function toNode(corpus: Corpus, initiative: Initiative): InitiativeNode {
  return {
    initiative,
    children: getChildInitiatives(corpus, initiative.slug).map((child) => toNode(corpus, child)),
  };
}

/**
 * Initiatives as a tree, each with its programmes beneath it: the whole hierarchy from the
 * top-level initiatives, or only what sits below `parentSlug`.
 */
export function getInitiativeTree(corpus: Corpus, parentSlug?: string): InitiativeNode[] {
  const roots = parentSlug
    ? getChildInitiatives(corpus, parentSlug)
    : corpus.initiatives.filter((initiative) => !initiative.parent);
  return roots.map((initiative) => toNode(corpus, initiative));
}

/**
 * The first `count` initiatives of a tree, reading it top to bottom (each initiative before
 * its programmes): a short view that keeps the tree's shape, for the home page.
 */
export function firstOfTree(nodes: readonly InitiativeNode[], count: number): InitiativeNode[] {
  let left = count;
  const take = (level: readonly InitiativeNode[]): InitiativeNode[] => {
    const kept: InitiativeNode[] = [];
    for (const node of level) {
      if (left <= 0) break;
      left--;
      kept.push({ ...node, children: take(node.children) });
    }
    return kept;
  };
  return take(nodes);
}

export function getPartnersOf(corpus: Corpus, initiative: Initiative): Signatory[] {
  return (initiative.partners ?? []).flatMap((slug) => corpus.signatoriesBySlug.get(slug) ?? []);
}

/** Initiatives that list an organisation as a partner. */
export function getInitiativesWithPartner(corpus: Corpus, signatorySlug: string): Initiative[] {
  return corpus.initiatives.filter((initiative) => initiative.partners?.includes(signatorySlug));
}
