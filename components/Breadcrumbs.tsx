import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { absoluteUrl } from "@/lib/site";
import { breadcrumbJsonLd } from "@/lib/structured-data";
import { homePath, initiativesPath, newsListPath, signatoriesPath } from "@/lib/urls";
import { JsonLd } from "./JsonLd";
import { SiteLink } from "./SiteLink";

/** The lists a detail page belongs to, under the home page. */
const SECTIONS = {
  news: { path: newsListPath, label: (dict: Dictionary) => dict.nav.news },
  initiatives: { path: initiativesPath, label: (dict: Dictionary) => dict.nav.initiatives },
  signatories: { path: signatoriesPath, label: (dict: Dictionary) => dict.nav.signatories },
} as const;

/**
 * The trail above a detail page — home, then its section — shown to readers and, from the
 * same list, given to search engines as a JSON-LD BreadcrumbList ending with the page.
 */
export function Breadcrumbs({
  locale,
  dict,
  section,
  current,
}: {
  locale: Locale;
  dict: Dictionary;
  section: keyof typeof SECTIONS;
  /** The page itself: its title and path. */
  current: { label: string; href: string };
}) {
  const trail = [
    { href: homePath(locale), label: dict.nav.home },
    { href: SECTIONS[section].path(locale), label: SECTIONS[section].label(dict) },
  ];
  return (
    <>
      <JsonLd
        data={breadcrumbJsonLd(
          [...trail, current].map((crumb) => ({ name: crumb.label, url: absoluteUrl(crumb.href) })),
        )}
      />
      <nav aria-label={dict.site.breadcrumb} className="mb-6 text-sm print:hidden">
        <ol className="text-muted flex flex-wrap items-center gap-x-2">
          {trail.map((crumb, index) => (
            <li key={crumb.href} className="flex items-center gap-x-2">
              {index > 0 ? <span aria-hidden="true">/</span> : null}
              <SiteLink href={crumb.href} className="hover:text-brand underline underline-offset-4">
                {crumb.label}
              </SiteLink>
            </li>
          ))}
        </ol>
      </nav>
    </>
  );
}
