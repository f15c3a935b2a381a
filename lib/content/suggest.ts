import { closest, distance } from "fastest-levenshtein";

/** A close match worth suggesting ("summmary" → "summary"), if any. */
export function suggest(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || value.length === 0) return undefined;
  const best = closest(value, candidates as string[]);
  const limit = Math.max(2, Math.floor(Math.max(value.length, best.length) / 3));
  if (distance(value, best) <= limit) return best;
  // Prefixes count too: "press" → "press-release".
  return candidates.find((candidate) => candidate.startsWith(value) || value.startsWith(candidate));
}

export const didYouMean = (value: string, candidates: readonly string[]) => {
  const match = suggest(value, candidates);
  return match ? ` — did you mean "${match}"?` : "";
};

