import { SiteLink } from "./SiteLink";
import { LANGUAGE_NAME, LOCALES, type Locale } from "@/lib/i18n/config";
import { getDictionary, type Dictionary } from "@/lib/i18n/dictionary";
import { homePath, initiativesPath, newsListPath, searchPath, signatoriesPath } from "@/lib/urls";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { SearchBox } from "./SearchBox";

/** The site's other languages, each with its words for the switcher's suggestion. */
function otherLanguages(locale: Locale) {
  return LOCALES.filter((other) => other !== locale).map((other) => {
    const { suggestion, read, dismiss } = getDictionary(other).language;
    return { locale: other, name: LANGUAGE_NAME[other], suggestion, read, dismiss };
  });
}

export function SiteHeader({
  locale,
  dict,
  languageSwitcher,
}: {
  locale: Locale;
  dict: Dictionary;
  languageSwitcher: boolean;
}) {
  const links = [
    { href: newsListPath(locale), label: dict.nav.news },
    { href: initiativesPath(locale), label: dict.nav.initiatives },
    { href: signatoriesPath(locale), label: dict.nav.signatories },
  ];
  return (
    <header className="border-line bg-surface border-b">
      <div className="mx-auto max-w-5xl px-4 sm:px-6">
        {/* The masthead: the site's name, and the other languages. */}
        <div className="flex flex-wrap items-center justify-between gap-x-4 pt-3">
          <SiteLink
            href={homePath(locale)}
            className="text-ink flex items-center gap-2.5 py-1 font-semibold no-underline"
          >
            <span aria-hidden="true" className="bg-brand inline-block h-7 w-1.5 rounded-full" />
            <span className="leading-tight">{dict.site.shortName}</span>
          </SiteLink>
          {languageSwitcher ? (
            <div className="ms-auto print:hidden">
              <LanguageSwitcher
                label={dict.language.label}
                current={{ locale, name: LANGUAGE_NAME[locale] }}
                options={otherLanguages(locale)}
              />
            </div>
          ) : null}
        </div>
        {/* The sections, and search. */}
        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 pt-1 pb-3 print:hidden">
          <nav aria-label={dict.site.primaryNavigation}>
            <ul className="-mx-2 flex flex-wrap gap-x-1 text-[0.95rem]">
              {links.map((link) => (
                <li key={link.href}>
                  <SiteLink
                    href={link.href}
                    className="text-ink hover:text-brand block rounded px-2 py-2 font-medium underline-offset-4 hover:underline"
                  >
                    {link.label}
                  </SiteLink>
                </li>
              ))}
              {/* Phones: a link to the search page (it has the form) rather than a form here. */}
              <li className="md:hidden">
                <SiteLink
                  href={searchPath(locale)}
                  className="text-ink hover:text-brand block rounded px-2 py-2 font-medium underline-offset-4 hover:underline"
                >
                  {dict.nav.search}
                </SiteLink>
              </li>
            </ul>
          </nav>
          <div className="hidden md:block">
            <SearchBox locale={locale} dict={dict} />
          </div>
        </div>
      </div>
    </header>
  );
}
