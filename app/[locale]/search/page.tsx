import type { Metadata } from "next";
import { SiteLink } from "@/components/SiteLink";
import { notFound } from "next/navigation";
import { pageScope } from "@/lib/page-scope";
import { PageHeader } from "@/components/PageHeader";
import { Pagination } from "@/components/Pagination";
import { SearchFilters } from "@/components/SearchFilters";
import { SearchResults } from "@/components/SearchResults";
import { getCountryCodes, getYears } from "@/lib/browse";
import { countryName } from "@/lib/format";
import { languageAlternates } from "@/lib/metadata";
import { MAX_QUERY_LENGTH, parseSearchParams, search, type SearchParams } from "@/lib/search";
import { getSearchIndex } from "@/lib/site-search";
import { countryPath, searchPath } from "@/lib/urls";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const scope = await pageScope(params);
  if (!scope) return {};
  const { locale, dict, corpus } = scope;
  const { query, filters } = parseSearchParams(await searchParams, corpus);
  return {
    title: query ? dict.search.resultsTitle(query) : dict.search.title,
    description: dict.search.intro,
    // The same search in every language.
    alternates: { languages: languageAlternates(searchPath(locale, { q: query, ...filters })) },
    // Result pages are for readers, not for search engines.
    robots: { index: false, follow: true },
  };
}

/** Search and filters, rendered on the server for every request (works without JavaScript). */
export default async function SearchPage({ params, searchParams }: Props) {
  const { locale, dict, corpus, context } = (await pageScope(params)) ?? notFound();
  const parsed = parseSearchParams(await searchParams, corpus);
  const results = search(getSearchIndex(), corpus, context, parsed);
  const countries = getCountryCodes(corpus, locale);
  const hrefFor = (page: number) =>
    searchPath(locale, { q: parsed.query, ...parsed.filters, page: page > 1 ? page : undefined });

  return (
    <>
      <PageHeader
        title={parsed.query ? dict.search.resultsTitle(parsed.query) : dict.search.title}
        intro={dict.search.intro}
      />
      <SearchFilters
        locale={locale}
        dict={dict}
        query={parsed.query}
        filters={parsed.filters}
        countries={countries}
        years={getYears(corpus)}
        corpus={corpus}
      />
      {parsed.truncated || parsed.problems.length > 0 ? (
        <ul role="status" className="border-accent text-ink mb-6 space-y-1 border-s-4 ps-4 text-sm">
          {parsed.truncated ? <li>{dict.search.truncated(MAX_QUERY_LENGTH)}</li> : null}
          {parsed.problems.map((problem) => (
            <li key={problem.param}>
              {dict.search.ignored(dict.search.params[problem.param], problem.value)}
            </li>
          ))}
        </ul>
      ) : null}

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="sr-only">
          {dict.search.count(results?.total ?? 0)}
        </h2>
        {!results ? (
          <p className="py-6">
            {dict.search.pageOutOfRange}{" "}
            <SiteLink className="text-brand underline underline-offset-4" href={hrefFor(1)}>
              {dict.search.firstPage}
            </SiteLink>
          </p>
        ) : results.total === 0 ? (
          <div className="py-6">
            <p className="text-ink text-lg font-semibold">{dict.search.none}</p>
            <p className="text-muted mt-2">{dict.search.noneHelp}</p>
            <p className="text-muted mt-6">{dict.search.browseCountries}:</p>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
              {countries.map((code) => (
                <li key={code}>
                  <SiteLink
                    className="text-brand underline underline-offset-4"
                    href={countryPath(locale, code)}
                  >
                    {countryName(code, locale)}
                  </SiteLink>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <>
            <p aria-live="polite" className="text-muted text-sm">
              {dict.search.count(results.total)}
            </p>
            <SearchResults hits={results.items} locale={locale} dict={dict} />
            <Pagination
              page={results.page}
              totalPages={results.totalPages}
              hrefFor={hrefFor}
              dict={dict}
            />
          </>
        )}
      </section>
    </>
  );
}
