"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense, useState, useSyncExternalStore } from "react";
import type { Locale } from "@/lib/i18n/config";
import { pathInLocale } from "@/lib/urls";

/** Another language of the site, with its own words for the suggestion. */
export type LanguageOption = {
  locale: Locale;
  /** The language's name in itself, e.g. "Русский". */
  name: string;
  /** In that language: that this page exists in it, the link, and "close". */
  suggestion: string;
  read: string;
  dismiss: string;
};

const DISMISSED = "language-suggestion-dismissed";
const subscribeNothing = () => () => {};

/**
 * The language to suggest: the first one the browser asks for that the site has, unless the
 * reader asks for this page's language first, or has closed the suggestion in this tab.
 */
function suggestion(
  current: Locale,
  options: readonly LanguageOption[],
): LanguageOption | undefined {
  try {
    if (sessionStorage.getItem(DISMISSED)) return undefined;
  } catch {
    // Storage refused (some private modes): suggest anyway; closing still hides it.
  }
  for (const wanted of navigator.languages ?? []) {
    const code = wanted.toLowerCase().split("-")[0];
    if (code === current) return undefined;
    const found = options.find((option) => option.locale === code);
    if (found) return found;
  }
  return undefined;
}

function remember() {
  try {
    sessionStorage.setItem(DISMISSED, "1");
  } catch {
    // Nothing to do: the suggestion is hidden for this page either way.
  }
}

type LinksProps = {
  /** This page's language and its name in itself. */
  current: { locale: Locale; name: string };
  options: readonly LanguageOption[];
};

/** Where each language's link leads: the very same page (and search) in that language. */
function useHref(search: string) {
  const pathname = usePathname();
  return (locale: Locale) => pathInLocale(pathname + search, locale);
}

/** The other languages' links, as list items. */
function OptionLinks({ options, search }: { options: LinksProps["options"]; search: string }) {
  const href = useHref(search);
  return options.map((option) => (
    <li key={option.locale}>
      <a
        href={href(option.locale)}
        hrefLang={option.locale}
        lang={option.locale}
        className="text-ink hover:text-brand hover:bg-brand-soft block rounded px-3 py-2 text-[0.95rem] font-medium underline underline-offset-4"
      >
        {option.name}
      </a>
    </li>
  ));
}

/** A search's words and filters, read once the page runs in the browser. */
function useSearch(): string {
  const query = useSearchParams().toString();
  return query ? `?${query}` : "";
}

function OptionLinksWithQuery({ options }: { options: LinksProps["options"] }) {
  return <OptionLinks options={options} search={useSearch()} />;
}

/** The suggestion to read the page in the browser's language (only in the browser). */
function Suggestion({ current, options }: LinksProps) {
  const href = useHref(useSearch());
  const [dismissed, setDismissed] = useState(false);
  const suggested = useSyncExternalStore(
    subscribeNothing,
    () => suggestion(current.locale, options),
    () => undefined,
  );
  if (!suggested || dismissed) return null;
  return (
    // A suggestion only: links stay shareable, so the browser's language never redirects.
    <div
      lang={suggested.locale}
      role="region"
      aria-label={suggested.name}
      className="border-line bg-surface fixed inset-x-0 bottom-0 z-40 border-t shadow-lg print:hidden"
    >
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <p className="text-ink flex-1 text-sm">{suggested.suggestion}</p>
        <a
          href={href(suggested.locale)}
          hrefLang={suggested.locale}
          className="bg-brand text-on-brand hover:bg-brand-strong rounded-md px-4 py-2 text-sm font-semibold no-underline"
        >
          {suggested.read}
        </a>
        <button
          type="button"
          onClick={() => {
            remember();
            setDismissed(true);
          }}
          className="text-ink hover:text-brand min-h-11 rounded-md px-3 text-sm font-medium underline underline-offset-4"
        >
          {suggested.dismiss}
        </button>
      </div>
    </div>
  );
}

/**
 * This page's language, opening onto links to the same page in each of the site's other
 * languages. Rendered on the server too, so it works without JavaScript; a search keeps its
 * words and filters (read once the page runs in the browser, as prerendered pages have no
 * query string). Only the links wait for that, inside the disclosure: the disclosure itself
 * stays the same element, so a reader who opened it before the page finished loading finds
 * it still open.
 */
export function LanguageSwitcher({
  label,
  current,
  options,
}: {
  /** The landmark's name, e.g. "Language". */
  label: string;
} & LinksProps) {
  return (
    <nav aria-label={label}>
      {/* A disclosure: it opens without JavaScript, and holds any number of languages on a
          320-pixel screen. */}
      <details className="language-switcher relative">
        <summary className="text-ink hover:text-brand flex min-h-11 cursor-pointer list-none items-center gap-1.5 rounded px-1 text-[0.95rem] font-medium">
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="h-4 w-4 shrink-0"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          >
            <circle cx="10" cy="10" r="8" />
            <path d="M2 10h16M10 2c2.5 2.5 2.5 13.5 0 16M10 2c-2.5 2.5-2.5 13.5 0 16" />
          </svg>
          <span lang={current.locale}>{current.name}</span>
          <span aria-hidden="true" className="text-muted text-xs">
            ▾
          </span>
        </summary>
        <ul className="border-line bg-surface absolute end-0 z-30 mt-1 min-w-44 rounded-md border p-1 shadow-lg">
          <li>
            <span
              aria-current="true"
              lang={current.locale}
              className="text-ink block rounded px-3 py-2 text-[0.95rem] font-semibold"
            >
              {current.name}
            </span>
          </li>
          <Suspense fallback={<OptionLinks options={options} search="" />}>
            <OptionLinksWithQuery options={options} />
          </Suspense>
        </ul>
      </details>
      <Suspense fallback={null}>
        <Suggestion current={current} options={options} />
      </Suspense>
    </nav>
  );
}
