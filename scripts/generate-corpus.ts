/**
 * Writes a realistic synthetic corpus for benchmarks: `tsx scripts/generate-corpus.ts
 * --docs 1000 --out /tmp/corpus`. About 3 % initiatives, 10 % signatories, the rest news
 * (press releases, news, statements with 5–25 signatories), a third of titles in Cyrillic
 * (Russian and Kazakh letters), bodies of 4–10 paragraphs with lists and internal links.
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
  return [...items].sort(() => random() - 0.5).slice(0, count);
};

const COUNTRIES = ["KZ", "KG", "TJ", "TM", "UZ", "AF"];
const CITIES = [
  "Almaty",
  "Astana",
  "Bishkek",
  "Dushanbe",
  "Ashgabat",
  "Tashkent",
  "Osh",
  "Samarkand",
];
const TOPICS = [
  "prevention",
  "survivors",
  "legislation",
  "data",
  "youth",
  "civil-society",
  "media",
  "health",
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
const SENTENCES = [
  "Representatives of government, civil society and international partners met to review progress.",
  "Participants agreed that services for survivors must be available in every district.",
  "Организаторы подчеркнули важность сбора данных и межведомственного сотрудничества.",
  "The meeting also looked at how schools and the media can help prevent violence.",
  "Қатысушылар өңірлік ынтымақтастықты нығайту туралы келісті.",
];

function write(folder: string, slug: string, front: string[], body: string) {
  const dir = path.join(out, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${slug}.md`), `---\n${front.join("\n")}\n---\n\n${body}\n`);
}
const yamlList = (key: string, items: readonly string[]) =>
  items.length ? [`${key}:`, ...items.map((item) => `  - ${item}`)] : [];

fs.rmSync(out, { recursive: true, force: true });
const initiativeCount = Math.max(3, Math.round(total * 0.03));
const signatoryCount = Math.max(5, Math.round(total * 0.1));
const newsCount = total - initiativeCount - signatoryCount;

const signatories = Array.from(
  { length: signatoryCount },
  (_, index) => `organisation-${index + 1}`,
);
signatories.forEach((slug, index) =>
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
    "An organisation working to end violence against women and girls.",
  ),
);

const initiatives = Array.from(
  { length: initiativeCount },
  (_, index) => `initiative-${index + 1}`,
);
initiatives.forEach((slug, index) =>
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
    SENTENCES.slice(0, 3).join(" "),
  ),
);

for (let index = 0; index < newsCount; index++) {
  const category = pick(["press-release", "news", "news", "statement"] as const);
  const city = pick(CITIES);
  const title = pick(random() < 0.33 ? CYRILLIC : LATIN).replace("{city}", city);
  const day = new Date(Date.UTC(2012, 0, 1) + Math.floor(random() * 5000) * 86_400_000);
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 7) }, () =>
    some(SENTENCES, 2, 4).join(" "),
  );
  paragraphs.splice(
    2,
    0,
    "## Key points",
    some(TOPICS, 3, 5)
      .map((topic) => `- ${topic}`)
      .join("\n"),
  );
  paragraphs.push(`Read more about [the initiative](/initiatives/${pick(initiatives)}).`);
  write(
    "news",
    `item-${index + 1}`,
    [
      `title: ${JSON.stringify(`${title} (${index + 1})`)}`,
      `date: ${day.toISOString().slice(0, 10)}`,
      `summary: ${JSON.stringify(paragraphs[0]!.slice(0, 280))}`,
      `category: ${category}`,
      `location: ${city}`,
      ...yamlList("initiatives", some(initiatives, 1, 2)),
      ...yamlList("signatories", category === "statement" ? some(signatories, 5, 25) : []),
      ...yamlList("countries", some(COUNTRIES, 1, 3)),
      ...yamlList("tags", some(TOPICS, 1, 3)),
    ],
    paragraphs.join("\n\n"),
  );
}
console.log(`Wrote ${total} documents to ${out}`);
