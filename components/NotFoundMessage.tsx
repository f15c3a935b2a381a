import { PageHeader } from "./PageHeader";
import { SiteLink } from "./SiteLink";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { homePath, newsListPath } from "@/lib/urls";

/** What the 404 page says, in one language, with the ways back into the site. */
export function NotFoundMessage({ locale, dict }: { locale: Locale; dict: Dictionary }) {
  return (
    <>
      <PageHeader title={dict.notFound.title} intro={dict.notFound.body} />
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
    </>
  );
}
