/**
 * What the languages of the region cost the build: the same generated corpus built twice,
 * from two copies of the site, one after the other so that both see the same machine — with
 * every language of the site, and with English and Russian only (LOCALES trimmed in the
 * copy: the two-language site of before issue 16, with today's code). The whole build is
 * timed (`npm run build`: content check, Contentlayer and search index, `next build`).
 * Run by scripts/bench.ts (`--language-docs`, default 1,000); on its own:
 *   npx tsx scripts/bench/languages.ts [--docs 1000] [--only all|two]
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { LOCALES } from "../../lib/i18n/config";
import { copySite } from "../site-copy";
import { buildSite, generateCorpus, prerendered } from "./build";

const LOCALES_LINE = "export const LOCALES = Object.keys(LANGUAGES) as Locale[];";
const TWO_LANGUAGES = ["en", "ru"];

export type LanguageBuild = {
  languages: string[];
  ms: number;
  cpuMs: number;
  peakBytes: number;
  htmlPages: number;
  routes: number;
};

/** Builds a copy with `docs` generated documents and only `languages` (all when undefined). */
async function build(docs: number, languages?: readonly string[]): Promise<LanguageBuild> {
  const site = copySite();
  try {
    if (languages) {
      const config = path.join(site.dir, "lib/i18n/config.ts");
      const text = fs.readFileSync(config, "utf8");
      if (!text.includes(LOCALES_LINE)) throw new Error(`${config} no longer has ${LOCALES_LINE}`);
      const kept = `(Object.keys(LANGUAGES) as Locale[]).filter((locale) => ${JSON.stringify(languages)}.includes(locale))`;
      fs.writeFileSync(config, text.replace(LOCALES_LINE, `export const LOCALES = ${kept};`));
    }
    generateCorpus(site, docs);
    const { ms, cpuMs, peakBytes } = await buildSite(site);
    const { routes, htmlPages } = prerendered(site.dir);
    return {
      languages: [...(languages ?? LOCALES)],
      ms,
      cpuMs,
      peakBytes,
      htmlPages: htmlPages.length,
      routes: routes.length,
    };
  } finally {
    site.remove();
  }
}

/** The build with every language, the build with two, and the ratio of their times. */
export async function languageBuilds(docs: number, log: (message: string) => void = () => {}) {
  log(`build of ${docs} documents, English and Russian only`);
  const two = await build(docs, TWO_LANGUAGES);
  log(`build of ${docs} documents, all ${LOCALES.length} languages`);
  const all = await build(docs);
  return { docs, all, two, ratio: all.ms / two.ms, cpuRatio: all.cpuMs / two.cpuMs };
}

/** One line of the bench's table for a result of `languageBuilds`. */
export function languageBuildsRow(result: Awaited<ReturnType<typeof languageBuilds>>): string {
  const describe = (build: LanguageBuild) =>
    `${(build.ms / 1000).toFixed(1)} s, processor ${(build.cpuMs / 1000).toFixed(1)} s (${build.htmlPages} HTML pages, peak ${(build.peakBytes / 1024 / 1024).toFixed(0)} MB)`;
  return `| whole build of ${result.docs.toLocaleString("en")} documents: ${result.all.languages.length} languages / English and Russian only | **${result.ratio.toFixed(2)}×** wall, **${result.cpuRatio.toFixed(2)}×** processor time: ${describe(result.all)} against ${describe(result.two)} |`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // --only all (or two): one of the builds, e.g. to measure a change to the prerendering.
  const { values } = parseArgs({
    options: { docs: { type: "string", default: "1000" }, only: { type: "string" } },
  });
  const docs = Number(values.docs);
  if (values.only) {
    console.log(
      JSON.stringify(await build(docs, values.only === "two" ? TWO_LANGUAGES : undefined)),
    );
  } else {
    const result = await languageBuilds(docs, (message) => console.error(`[bench] ${message}`));
    console.log(languageBuildsRow(result));
    console.log(JSON.stringify(result));
  }
}
