import { SiteLink } from "./SiteLink";
import { langAttribute, type Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { SearchHit } from "@/lib/search";
import { initiativePath, newsPath, signatoryPath } from "@/lib/urls";
import { CategoryLabel } from "./CategoryLabel";
import { DateNote } from "./DateNote";
import { DateText } from "./DateText";
import { Highlighted } from "./Highlighted";
import { LanguageBadge } from "./LanguageBadge";

function describe(hit: SearchHit, locale: Locale) {
  switch (hit.type) {
    case "news":
      return { href: newsPath(locale, hit.item.slug), title: hit.item.title, lang: hit.item.lang };
    case "initiative":
      return {
        href: initiativePath(locale, hit.initiative.slug),
        title: hit.initiative.title,
        lang: hit.initiative.lang,
      };
    case "signatory":
      return {
        href: signatoryPath(locale, hit.signatory.slug),
        title: hit.signatory.name,
        lang: hit.signatory.lang,
      };
  }
}

export function SearchResults({
  hits,
  locale,
  dict,
}: {
  hits: readonly SearchHit[];
  locale: Locale;
  dict: Dictionary;
}) {
  return (
    <ol className="divide-line divide-y">
      {hits.map((hit) => {
        const { href, title, lang } = describe(hit, locale);
        return (
          <li key={href} className="py-5">
            <p className="flex flex-wrap items-center gap-x-3 text-sm">
              {hit.type === "news" ? (
                <>
                  <CategoryLabel category={hit.item.category} dict={dict} />
                  <span className="text-muted">
                    <DateText date={hit.item.date} locale={locale} />
                  </span>
                </>
              ) : (
                <span className="text-accent text-xs font-semibold tracking-wider uppercase">
                  {dict.search.types[hit.type]}
                </span>
              )}
              <LanguageBadge lang={lang} locale={locale} dict={dict} />
            </p>
            {hit.type === "news" ? <DateNote item={hit.item} locale={locale} /> : null}
            <h3
              lang={langAttribute(lang, locale)}
              className="mt-1 font-serif text-xl leading-snug font-bold"
            >
              <SiteLink
                href={href}
                className="text-ink hover:text-brand underline-offset-4 hover:underline"
              >
                {title}
              </SiteLink>
            </h3>
            <p
              lang={langAttribute(lang, locale)}
              className="text-muted mt-2 max-w-3xl leading-relaxed"
            >
              <Highlighted segments={hit.snippet} />
            </p>
          </li>
        );
      })}
    </ol>
  );
}
