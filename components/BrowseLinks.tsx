import { SiteLink } from "./SiteLink";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { searchPath, yearPath } from "@/lib/urls";

/** Ways into the archive besides the list: search and filters, and one link per year. */
export function BrowseLinks({
  years,
  locale,
  dict,
}: {
  years: readonly number[];
  locale: Locale;
  dict: Dictionary;
}) {
  return (
    <nav
      aria-label={dict.search.browseYears}
      className="mt-5 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm"
    >
      <SiteLink
        href={searchPath(locale)}
        className="text-brand font-semibold underline underline-offset-4"
      >
        {dict.search.filters}: {dict.search.category.toLowerCase()},{" "}
        {dict.search.country.toLowerCase()}, {dict.search.year.toLowerCase()} …
      </SiteLink>
      <span className="text-muted">{dict.search.browseYears}:</span>
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {years.map((year) => (
          <li key={year}>
            <SiteLink
              href={yearPath(locale, year)}
              className="text-brand underline underline-offset-4"
            >
              {year}
            </SiteLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
