import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { homePath, initiativesPath, newsListPath, signatoriesPath } from "@/lib/urls";
import { SearchBox } from "./SearchBox";

export function SiteHeader({ locale, dict }: { locale: Locale; dict: Dictionary }) {
  const links = [
    { href: newsListPath(locale), label: dict.nav.news },
    { href: initiativesPath(locale), label: dict.nav.initiatives },
    { href: signatoriesPath(locale), label: dict.nav.signatories },
  ];
  return (
    <header className="border-line bg-surface border-b">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          href={homePath(locale)}
          className="text-ink flex items-center gap-2.5 py-1 font-semibold no-underline"
        >
          <span aria-hidden="true" className="bg-brand inline-block h-7 w-1.5 rounded-full" />
          <span className="leading-tight">{dict.site.shortName}</span>
        </Link>
        <nav aria-label={dict.site.primaryNavigation} className="print:hidden">
          <ul className="-mx-2 flex flex-wrap gap-x-1 text-[0.95rem]">
            {links.map((link) => (
              <li key={link.href}>
                <Link
                  href={link.href}
                  className="text-ink hover:text-brand block rounded px-2 py-2 font-medium underline-offset-4 hover:underline"
                >
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchBox locale={locale} dict={dict} />
      </div>
    </header>
  );
}
