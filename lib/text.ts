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
 * Letters of the region's Cyrillic alphabets that readers often type as their nearest
 * Russian letter (a Russian keyboard has none of them): Kazakh ә ғ қ ң ө ұ ү һ і, Kyrgyz
 * ң ө ү, Tajik ғ қ ҳ ҷ. Tajik ӣ ӯ, Russian ё and й and every Latin letter with a diacritic
 * (Turkmen ç ä ň ö ş ü ý ž) decompose into a base letter and a mark instead, which `fold`
 * removes.
 */
const CYRILLIC_FOLDS: Readonly<Record<string, string>> = {
  ә: "а",
  ғ: "г",
  қ: "к",
  ң: "н",
  ө: "о",
  ұ: "у",
  ү: "у",
  һ: "х",
  і: "и",
  ҳ: "х",
  ҷ: "ч",
};
const CYRILLIC_FOLDED = new RegExp(`[${Object.keys(CYRILLIC_FOLDS).join("")}]`, "g");

/**
 * Apostrophe-like marks that may stand inside a word: Uzbek writes oʻ gʻ with U+02BB and the
 * tutuq belgisi with U+02BC, and people type either as ' ’ ‘ or `. Inside a word they are
 * dropped, so every spelling of "oʻzbek" is compared as "ozbek".
 */
const APOSTROPHES = "'`\u2018\u2019\u02bb\u02bc";
const APOSTROPHE = new RegExp(`[${APOSTROPHES}]`, "gu");

/**
 * The form a word is compared in: lower case; "ё" as "е"; the region's extra Cyrillic letters
 * as their Russian neighbours ("Қазақстан" → "казакстан", "Тоҷикистон" → "точикистон");
 * accents and other combining marks removed ("Türkmenistanyň" → "turkmenistanyn"); and
 * apostrophes inside the word dropped ("Oʻzbekiston" and "O'zbekiston" → "ozbekiston").
 */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Only letters outside plain ASCII and plain Cyrillic can carry marks: skip the costly
  // normalisation for the rest (most words), which indexing 10,000 documents notices.
  if (/^[\u0000-\u007f\u0430-\u0438\u043a-\u044f]*$/.test(lower)) {
    return lower.includes("'") || lower.includes("`") ? lower.replace(APOSTROPHE, "") : lower;
  }
  return lower
    .replace(APOSTROPHE, "")
    .replace(CYRILLIC_FOLDED, (letter) => CYRILLIC_FOLDS[letter]!)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .normalize("NFC");
}

/**
 * Words as search sees them: runs of letters and digits (any script), joined across an
 * apostrophe between two of them ("oʻzbek", "o'zbek", "women's" are one word each).
 */
export const WORD = new RegExp(`[\\p{L}\\p{N}]+(?:[${APOSTROPHES}][\\p{L}\\p{N}]+)*`, "gu");

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
