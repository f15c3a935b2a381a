import type { Corpus } from "@/lib/content/model";
import { NEWS_CATEGORIES } from "@/lib/content/schema";
import { countryName } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { hasFilters, type SearchFilters as Filters } from "@/lib/search";
import { searchPath } from "@/lib/urls";

type Option = { value: string; label: string };

/** The query and every filter, as one GET form: the result is a shareable URL. */
export function SearchFilters({
  locale,
  dict,
  query,
  filters,
  countries,
  years,
  corpus,
}: {
  locale: Locale;
  dict: Dictionary;
  query: string;
  filters: Filters;
  countries: readonly string[];
  years: readonly number[];
  corpus: Corpus;
}) {
  const selects: Array<{ name: keyof Filters; label: string; value?: string; options: Option[] }> =
    [
      {
        name: "category",
        label: dict.search.category,
        value: filters.category,
        options: NEWS_CATEGORIES.map((category) => ({
          value: category,
          label: dict.categories[category],
        })),
      },
      {
        name: "country",
        label: dict.search.country,
        value: filters.country,
        options: countries.map((code) => ({ value: code, label: countryName(code, locale) })),
      },
      {
        name: "initiative",
        label: dict.search.initiative,
        value: filters.initiative,
        options: corpus.initiatives.map((initiative) => ({
          value: initiative.slug,
          label: initiative.shortName ?? initiative.title,
        })),
      },
      {
        name: "signatory",
        label: dict.search.signatory,
        value: filters.signatory,
        options: corpus.signatories.map((signatory) => ({
          value: signatory.slug,
          label: signatory.name,
        })),
      },
      {
        name: "year",
        label: dict.search.year,
        value: filters.year ? String(filters.year) : undefined,
        options: years.map((year) => ({ value: String(year), label: String(year) })),
      },
    ];
  return (
    <form
      action={searchPath(locale)}
      method="get"
      className="border-line bg-surface mb-8 rounded-xl border p-4 sm:p-6"
    >
      <label htmlFor="search-query" className="text-ink block font-semibold">
        {dict.search.label}
      </label>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id="search-query"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={200}
          className="border-line bg-canvas text-ink min-h-11 min-w-0 flex-1 basis-56 rounded-md border px-3 text-base"
        />
        <button
          type="submit"
          className="bg-brand text-on-brand hover:bg-brand-strong min-h-11 rounded-md px-5 font-semibold"
        >
          {dict.search.submit}
        </button>
      </div>
      {/* Closed on arrival unless a filter is set, so the results stay near the top on phones. */}
      <details open={hasFilters(filters)} className="mt-5">
        <summary className="text-brand cursor-pointer font-semibold">{dict.search.filters}</summary>
        <fieldset className="mt-3">
          <legend className="sr-only">{dict.search.filters}</legend>
          <div className="mt-2 grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
            {selects.map((select) => (
              <div key={select.name}>
                <label
                  htmlFor={`filter-${select.name}`}
                  className="text-muted block text-sm font-medium"
                >
                  {select.label}
                </label>
                <select
                  id={`filter-${select.name}`}
                  name={select.name}
                  defaultValue={select.value ?? ""}
                  className="border-line bg-canvas text-ink mt-1 min-h-11 w-full rounded-md border px-2 text-base"
                >
                  <option value="">{dict.search.any}</option>
                  {select.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="border-brand text-brand hover:bg-brand-soft min-h-11 rounded-md border-2 px-4 font-semibold"
          >
            {dict.search.apply}
          </button>
          <a href={searchPath(locale)} className="text-brand underline underline-offset-4">
            {dict.search.clear}
          </a>
        </div>
      </details>
    </form>
  );
}
