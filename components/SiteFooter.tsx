import { SiteLink } from "./SiteLink";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import {
  FEED_FORMATS,
  FEED_TYPES,
  feedPath,
  initiativesPath,
  newsListPath,
  safetyPath,
  signatoriesPath,
} from "@/lib/urls";

export function SiteFooter({ locale, dict }: { locale: Locale; dict: Dictionary }) {
  return (
    <footer className="border-line bg-surface mt-16 border-t print:hidden">
      <div className="text-muted mx-auto grid max-w-5xl gap-6 px-4 py-10 text-sm sm:grid-cols-[2fr_1fr] sm:px-6">
        <div>
          <p className="text-ink font-semibold">{dict.site.name}</p>
          <p className="mt-2 max-w-prose leading-relaxed">{dict.site.footerNote}</p>
          <p className="mt-3">
            {dict.site.follow}:{" "}
            {FEED_FORMATS.map((format, index) => (
              <span key={format}>
                {index > 0 ? " · " : null}
                <a
                  className="text-ink hover:text-brand underline"
                  href={feedPath(locale, format)}
                  type={FEED_TYPES[format]}
                >
                  {dict.feeds[format]}
                </a>
              </span>
            ))}
          </p>
        </div>
        <nav aria-label={dict.site.footerNavigation}>
          <ul className="space-y-2">
            <li>
              <SiteLink className="text-ink hover:text-brand underline" href={newsListPath(locale)}>
                {dict.nav.news}
              </SiteLink>
            </li>
            <li>
              <SiteLink
                className="text-ink hover:text-brand underline"
                href={initiativesPath(locale)}
              >
                {dict.nav.initiatives}
              </SiteLink>
            </li>
            <li>
              <SiteLink
                className="text-ink hover:text-brand underline"
                href={signatoriesPath(locale)}
              >
                {dict.nav.signatories}
              </SiteLink>
            </li>
            <li>
              <SiteLink className="text-ink hover:text-brand underline" href={safetyPath(locale)}>
                {dict.quickExit.safetyLink}
              </SiteLink>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
