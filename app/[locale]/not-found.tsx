import { SiteLink } from "@/components/SiteLink";
import { PageHeader } from "@/components/PageHeader";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";
import { homePath, newsListPath } from "@/lib/urls";

function Links({ locale }: { locale: Locale }) {
  const dict = getDictionary(locale);
  return (
    <ul className="mt-4 flex flex-wrap gap-4">
      {[
        { href: homePath(locale), label: dict.notFound.home },
        { href: newsListPath(locale), label: dict.notFound.news },
      ].map((link) => (
        <li key={link.href}>
          <SiteLink
            className="text-brand font-semibold underline underline-offset-4"
            href={link.href}
          >
            {link.label}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * The 404 page. It is built once for every unknown address, so it cannot know which
 * language the reader came for: it says it in each of the site's languages, the default
 * first, each part marked with its language.
 */
export default function NotFound() {
  const dict = getDictionary(DEFAULT_LOCALE);
  return (
    <>
      <PageHeader title={dict.notFound.title} intro={dict.notFound.body} />
      <Links locale={DEFAULT_LOCALE} />
      {LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => {
        const other = getDictionary(locale);
        return (
          <section
            key={locale}
            lang={locale}
            aria-labelledby={`not-found-${locale}`}
            className="border-line mt-10 border-t pt-8"
          >
            <h2 id={`not-found-${locale}`} className="text-ink font-serif text-2xl font-bold">
              {other.notFound.title}
            </h2>
            <p className="text-muted mt-3 max-w-2xl text-lg leading-relaxed">
              {other.notFound.body}
            </p>
            <Links locale={locale} />
          </section>
        );
      })}
    </>
  );
}
