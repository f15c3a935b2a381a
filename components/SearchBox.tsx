import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { searchPath } from "@/lib/urls";

/** The header's search form: a plain GET form, so it works without JavaScript. */
export function SearchBox({
  locale,
  dict,
  query = "",
}: {
  locale: Locale;
  dict: Dictionary;
  query?: string;
}) {
  return (
    <form
      role="search"
      aria-label={dict.search.label}
      action={searchPath(locale)}
      method="get"
      className="flex w-full gap-2 md:w-auto"
    >
      <label htmlFor="site-search" className="sr-only">
        {dict.search.label}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        defaultValue={query}
        maxLength={200}
        placeholder={dict.search.placeholder}
        className="border-line bg-canvas text-ink placeholder:text-muted min-h-11 w-full min-w-0 rounded-md border px-3 text-base md:w-60"
      />
      <button
        type="submit"
        className="bg-brand text-on-brand hover:bg-brand-strong min-h-11 shrink-0 rounded-md px-4 font-semibold"
      >
        {dict.search.submit}
      </button>
    </form>
  );
}
