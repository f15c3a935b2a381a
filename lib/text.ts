/** Text helpers for search: plain text from rendered HTML, folding, highlighted snippets. */

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** The readable text of sanitised HTML (tags dropped, entities decoded, spaces collapsed). */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
      if (code[0] === "#") {
        const value =
          code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1));
        return Number.isFinite(value) ? String.fromCodePoint(value) : entity;
      }
      return ENTITIES[code.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The form a word is compared in: lower case, "ё" as "е", accents and other combining
 * marks removed ("Ёлка" → "елка", "Türkiye" → "turkiye").
 */
export function fold(word: string): string {
  const lower = word.toLowerCase().replace(/ё/g, "е");
  // Only letters outside plain ASCII and plain Cyrillic can carry marks: skip the costly
  // normalisation for the rest (most words), which indexing 10,000 documents notices.
  if (/^[\u0000-\u007f\u0430-\u0438\u043a-\u044f]*$/.test(lower)) return lower;
  return lower.normalize("NFKD").replace(/\p{M}/gu, "").normalize("NFC");
}

/** Words as search sees them: runs of letters and digits (any script). */
export const WORD = /[\p{L}\p{N}]+/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export type Segment = { text: string; match: boolean };

/**
 * A window of about `length` words of `text` around the first word that matches one of
 * `terms` (folded words), with every matching word marked. Undefined if nothing matches.
 */
export function snippet(
  text: string,
  terms: ReadonlySet<string>,
  length = 32,
): Segment[] | undefined {
  const tokens = [...text.matchAll(WORD)];
  const first = tokens.findIndex((token) => terms.has(fold(token[0])));
  if (first < 0) return undefined;
  const startToken = Math.max(0, first - Math.floor(length / 3));
  const endToken = Math.min(tokens.length, startToken + length);
  const start = tokens[startToken]!.index!;
  const endMatch = tokens[endToken - 1]!;
  const end = endMatch.index! + endMatch[0].length;
  const segments: Segment[] = [];
  if (startToken > 0) segments.push({ text: "… ", match: false });
  let cursor = start;
  for (const token of tokens.slice(startToken, endToken)) {
    if (!terms.has(fold(token[0]))) continue;
    if (token.index! > cursor)
      segments.push({ text: text.slice(cursor, token.index), match: false });
    segments.push({ text: token[0], match: true });
    cursor = token.index! + token[0].length;
  }
  if (end > cursor) segments.push({ text: text.slice(cursor, end), match: false });
  if (endToken < tokens.length) segments.push({ text: " …", match: false });
  return segments;
}
