import { SiteLink } from "./SiteLink";
import type { Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { quickExitUrl } from "@/lib/site";
import { safetyPath } from "@/lib/urls";
import { QuickExit } from "./QuickExit";

/**
 * The bar at the top of every page: the quick exit (a small client island) and the way to
 * the "Staying safe online" page. It stays at the top of the window while the reader scrolls.
 */
export function QuickExitBar({ locale, dict }: { locale: Locale; dict: Dictionary }) {
  const { label, description, activated, pressTwoMoreTimes, pressOneMoreTime, timedOut } =
    dict.quickExit;
  return (
    <nav
      aria-label={dict.quickExit.region}
      className="quick-exit-bar border-line bg-surface sticky top-0 z-40 border-b print:hidden"
    >
      {/* One row at any width (it stays on screen): a long link wraps within it instead. */}
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-x-2 px-3 py-1.5 min-[360px]:gap-x-3 min-[360px]:px-4 sm:px-6">
        <SiteLink
          href={safetyPath(locale)}
          className="text-ink hover:text-brand -ms-1 min-w-0 rounded px-1 py-1 text-[0.8125rem] leading-tight font-medium underline underline-offset-4 min-[360px]:text-sm"
        >
          {dict.quickExit.safetyLink}
        </SiteLink>
        <QuickExit
          url={quickExitUrl(locale)}
          labels={{ label, description, activated, pressTwoMoreTimes, pressOneMoreTime, timedOut }}
        />
      </div>
    </nav>
  );
}
