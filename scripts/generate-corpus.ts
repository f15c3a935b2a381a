/**
 * Writes a realistic synthetic corpus for benchmarks: `tsx scripts/generate-corpus.ts
 * --docs 1000 --out /tmp/corpus`. N originals: about 3 % initiatives, 10 % signatories, the
 * rest news (press releases, news, statements with 5–25 signatories) dated over fifteen
 * years, a few drafts and scheduled items; a third of titles in Cyrillic (Russian and
 * Kazakh letters). About 40 % of the news, and most initiatives and signatories, also get a
 * Russian translation (<slug>.ru.md), and every topic has its label file in both languages.
 *
 * Text is drawn word by word from a vocabulary with the word frequencies of real prose (a
 * Zipf distribution over common words, the field's terms, and a long tail of names), so a
 * search meets common, middling and rare words as it would on the real archive.
 * Deterministic: the same N gives the same files.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { docs: { type: "string", default: "1000" }, out: { type: "string" } },
});
const total = Number(values.docs);
if (!values.out || !Number.isInteger(total) || total < 10) {
  console.error("Usage: tsx scripts/generate-corpus.ts --docs N (at least 10) --out DIR");
  process.exit(1);
}
const out = path.resolve(values.out);

let seed = total;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const some = <T>(items: readonly T[], min: number, max: number): T[] => {
  const count = min + Math.floor(random() * (max - min + 1));
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(items));
  return [...chosen];
};

const ENGLISH_COMMON =
  "the of and to in a for on that is with as by are was be this at from it have has an their which will not were also its or all more who been can than other would they said women girls violence against gender based".split(
    " ",
  );
const ENGLISH_FIELD =
  "survivors shelter services protection prevention law legislation police justice court health social support hotline campaign programme partners government civil society organisations united nations european union embassy statement regional national local data research report training school youth media parliament ministry commission coalition alliance initiative funding response referral counselling community leaders religious equality rights human safety family domestic sexual harassment trafficking early marriage economic empowerment employment education awareness activism dialogue consultation commitment strategy action plan framework standards monitoring evidence survey capacity building network platform".split(
    " ",
  );
const RUSSIAN_COMMON =
  "и в на с по для что не о как это к из от а также было были будет их его ее все более который которые при".split(
    " ",
  );
const RUSSIAN_FIELD =
  "насилие женщин девочек гендерного пострадавших убежище услуги защита профилактика закон законодательство полиция правосудие суд здравоохранение социальной поддержки горячая линия кампания программа партнеры правительство гражданское общество организации объединенных наций европейский союз посольство заявление региональный национальный данные исследование доклад обучение школа молодежь средства массовой информации парламент министерство коалиция альянс инициатива финансирование реагирование равенство права человека безопасность семья домашнее сексуальное домогательство торговля людьми ранние браки экономические возможности образование осведомленность диалог консультация обязательства стратегия план действий мониторинг".split(
    " ",
  );
const SYLLABLES = [
  "ka",
  "zan",
  "ar",
  "bek",
  "nur",
  "gul",
  "tash",
  "dar",
  "sul",
  "mir",
  "ai",
  "ly",
  "sh",
  "ov",
  "ova",
  "ek",
];
/** Names, places and rare terms: each appears in a handful of documents. */
const RARE = Array.from({ length: 4000 }, () =>
  Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(""),
);

/** Word ranks weighted 1/rank (Zipf's law): common words first, the long tail last. */
function zipf(words: readonly string[]) {
  const cumulative: number[] = [];
  let sum = 0;
  for (let rank = 1; rank <= words.length; rank++) cumulative.push((sum += 1 / rank ** 1.05));
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  };
}
const englishWord = zipf([...ENGLISH_COMMON, ...ENGLISH_FIELD, ...RARE]);
const russianWord = zipf([...RUSSIAN_COMMON, ...RUSSIAN_FIELD, ...RARE]);

function sentence(word: () => string): string {
  const words = Array.from({ length: 8 + Math.floor(random() * 14) }, word);
  const text = words.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
const paragraph = (word: () => string) =>
  Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(word)).join(" ");

const COUNTRIES = ["KZ", "KG", "TJ", "TM", "UZ", "AF"];
const CITIES: [string, string][] = [
  ["Almaty", "Алматы"],
  ["Astana", "Астана"],
  ["Bishkek", "Бишкек"],
  ["Dushanbe", "Душанбе"],
  ["Ashgabat", "Ашхабад"],
  ["Tashkent", "Ташкент"],
  ["Osh", "Ош"],
  ["Samarkand", "Самарканд"],
];
const TOPICS: [string, string, string][] = [
  ["prevention", "Prevention", "Профилактика"],
  ["survivors", "Survivors", "Пострадавшие"],
  ["legislation", "Legislation", "Законодательство"],
  ["data", "Data", "Данные"],
  ["youth", "Youth", "Молодежь"],
  ["civil-society", "Civil society", "Гражданское общество"],
  ["media", "Media", "СМИ"],
  ["health", "Health", "Здравоохранение"],
];
const LATIN = [
  "Regional dialogue on ending violence against women in {city}",
  "New shelter services open for survivors in {city}",
  "Partners agree on data standards for gender-based violence",
  "Youth campaign reaches schools across the region",
  "Parliamentarians discuss stronger protection orders",
];
const CYRILLIC = [
  "Региональный диалог о прекращении насилия в {city}",
  "Новые услуги для пострадавших открылись в {city}",
  "Қазақстанда әйелдерге қарсы зорлық-зомбылықпен күрес жалғасуда",
  "Молодёжная кампания охватила школы региона",
];

let files = 0;
function write(folder: string, name: string, front: string[], body: string) {
  const dir = path.join(out, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.md`), `---\n${front.join("\n")}\n---\n\n${body}\n`);
  files++;
}
const yamlList = (key: string, items: readonly string[]) =>
  items.length ? [`${key}:`, ...items.map((item) => `  - ${item}`)] : [];
const quoted = (text: string) => JSON.stringify(text);

fs.rmSync(out, { recursive: true, force: true });
const initiativeCount = Math.max(3, Math.round(total * 0.03));
const signatoryCount = Math.max(5, Math.round(total * 0.1));
const newsCount = total - initiativeCount - signatoryCount;

for (const [slug, english, russian] of TOPICS) {
  write("tags", slug, [`title: ${quoted(english)}`], "");
  write("tags", `${slug}.ru`, [`title: ${quoted(russian)}`], "");
}

const signatories = Array.from(
  { length: signatoryCount },
  (_, index) => `organisation-${index + 1}`,
);
signatories.forEach((slug, index) => {
  write(
    "signatories",
    slug,
    [
      `name: "Organisation ${index + 1}"`,
      `kind: ${pick(["embassy", "delegation", "un-agency", "intergovernmental", "government", "civil-society"])}`,
      ...(random() < 0.6
        ? [`country: ${pick(["DE", "FR", "US", "GB", "JP", "CA", "SE", "KZ"])}`]
        : []),
    ],
    sentence(englishWord),
  );
  if (random() < 0.8) {
    write("signatories", `${slug}.ru`, [`name: "Организация ${index + 1}"`], sentence(russianWord));
  }
});

const initiatives = Array.from(
  { length: initiativeCount },
  (_, index) => `initiative-${index + 1}`,
);
initiatives.forEach((slug, index) => {
  write(
    "initiatives",
    slug,
    [
      `title: "Initiative ${index + 1}"`,
      `summary: "A programme of partners in Central Asia, number ${index + 1}."`,
      `started: ${2010 + (index % 15)}`,
      ...(index > 0 && random() < 0.5
        ? [`parent: initiative-${1 + Math.floor(random() * index)}`]
        : []),
      ...yamlList("partners", some(signatories, 1, 4)),
    ],
    [paragraph(englishWord), paragraph(englishWord)].join("\n\n"),
  );
  if (random() < 0.8) {
    write(
      "initiatives",
      `${slug}.ru`,
      [
        `title: "Инициатива ${index + 1}"`,
        `summary: "Программа партнеров в Центральной Азии, номер ${index + 1}."`,
      ],
      [paragraph(russianWord), paragraph(russianWord)].join("\n\n"),
    );
  }
});

/** Who published the originals that press releases and statements cite. */
const PUBLISHERS = [
  "UN Women Europe and Central Asia",
  "EU Delegation to Kazakhstan",
  "UN Kazakhstan",
];

const today = new Date();
for (let index = 0; index < newsCount; index++) {
  const category = pick(["press-release", "news", "news", "statement"] as const);
  const [city, cityRu] = pick(CITIES);
  const title = pick(random() < 0.33 ? CYRILLIC : LATIN).replace("{city}", city);
  // Fifteen years of archive; one item in 200 is scheduled for the coming weeks.
  const scheduled = random() < 0.005;
  const day = scheduled
    ? new Date(today.getTime() + (1 + Math.floor(random() * 30)) * 86_400_000)
    : new Date(Date.UTC(2011, 0, 1) + Math.floor(random() * 5400) * 86_400_000);
  const topics = some(TOPICS, 1, 3).map(([slug]) => slug);
  const body = (word: () => string, keyPoints: string) => {
    const paragraphs = Array.from({ length: 4 + Math.floor(random() * 7) }, () => paragraph(word));
    paragraphs.splice(
      2,
      0,
      `## ${keyPoints}`,
      some(TOPICS, 3, 5)
        .map(([, name]) => `- ${name}`)
        .join("\n"),
    );
    return paragraphs;
  };
  const english = body(englishWord, "Key points");
  english.push(`Read more about [the initiative](/initiatives/${pick(initiatives)}).`);
  const slug = `item-${index + 1}`;
  write(
    "news",
    slug,
    [
      `title: ${quoted(`${title} (${index + 1})`)}`,
      `date: ${day.toISOString().slice(0, 10)}`,
      `summary: ${quoted(english[0]!.slice(0, 280))}`,
      `category: ${category}`,
      `location: ${city}`,
      ...yamlList("initiatives", some(initiatives, 1, 2)),
      ...yamlList("signatories", category === "statement" ? some(signatories, 5, 25) : []),
      // Press releases and statements cite their original (derived from the item, so the
      // random sequence, and with it the rest of the corpus, stays what it was).
      ...(category === "news"
        ? []
        : [
            "source:",
            `  name: ${quoted(PUBLISHERS[index % PUBLISHERS.length]!)}`,
            `  title: ${quoted(`${title} (${index + 1})`)}`,
            `  published: ${day.toISOString().slice(0, 10)}`,
            // A reserved test domain (RFC 6761): never a real page, and not one of the
            // template's example addresses, which the content check refuses.
            `  url: https://press-office.test/${slug}`,
          ]),
      ...yamlList("countries", some(COUNTRIES, 1, 3)),
      ...yamlList("tags", topics),
      ...(random() < 0.01 ? ["draft: true"] : []),
    ],
    english.join("\n\n"),
  );
  if (random() < 0.4) {
    const russian = body(russianWord, "Основное");
    write(
      "news",
      `${slug}.ru`,
      [
        `title: ${quoted(`Материал ${index + 1}: ${pick(CYRILLIC).replace("{city}", cityRu)}`)}`,
        `summary: ${quoted(russian[0]!.slice(0, 280))}`,
        `location: ${cityRu}`,
      ],
      russian.join("\n\n"),
    );
  }
}
// An initiative and an organisation that nothing names, written last (the rest of the corpus
// stays what it was), so the lists' empty states can be tested in a browser (tests/e2e-generated).
write(
  "initiatives",
  "initiative-without-news",
  ['title: "An initiative no item names"', 'summary: "Nothing has been published about it yet."'],
  "An initiative that no news item or statement names.",
);
write(
  "signatories",
  "organisation-without-statements",
  ['name: "An organisation that signed nothing"', "kind: civil-society"],
  "An organisation that has signed no published statement.",
);
console.log(
  `Wrote ${total} documents (${files - total - 2} translations and topic files, and 2 documents nothing names, besides) to ${out}`,
);
