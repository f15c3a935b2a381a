import slugify from "@sindresorhus/slugify";

/** Central Asian Cyrillic letters the transliteration library does not know. */
const CENTRAL_ASIAN_LETTERS: Array<[string, string]> = [
  ["Ә", "A"],
  ["ә", "a"],
  ["Ғ", "G"],
  ["ғ", "g"],
  ["Қ", "Q"],
  ["қ", "q"],
  ["Ң", "N"],
  ["ң", "n"],
  ["Ө", "O"],
  ["ө", "o"],
  ["Ұ", "U"],
  ["ұ", "u"],
  ["Ү", "U"],
  ["ү", "u"],
  ["Һ", "H"],
  ["һ", "h"],
  ["І", "I"],
  ["і", "i"],
  ["Ӣ", "I"],
  ["ӣ", "i"],
  ["Ӯ", "U"],
  ["ӯ", "u"],
  ["Ҳ", "H"],
  ["ҳ", "h"],
  ["Ҷ", "J"],
  ["ҷ", "j"],
  ["Ў", "O"],
  ["ў", "o"],
];

/** A URL segment from any text, in Latin letters: "Қазақстан: 16 күн" → "qazaqstan-16-kun". */
export function slugFromText(text: string): string {
  return slugify(text, { customReplacements: CENTRAL_ASIAN_LETTERS })
    .slice(0, 80)
    .replace(/-+$/, "");
}
