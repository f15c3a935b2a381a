/**
 * Links between pages of this site always stay in the language of the page they are on: in a
 * Russian page, a link written as /news/x goes to /ru/news/x, and a Kazakh reader shown the
 * Russian text (the fallback) follows /kk/news/x. An editor copying an English link into a
 * translation cannot send readers to another language. Links to files (/images/…), to other
 * sites and to addresses that name no page are left as written.
 */
import type { Locale } from "../i18n/config";
import { matchRoute } from "../routing";
import { pathInLocale } from "../urls";

/** An `href` of a rendered link that starts with one slash (two would be another site). */
const SITE_LINK = /(<a\s[^>]*?\bhref=")(\/(?!\/)[^"]*)"/g;

export function linksInLanguage(html: string, locale: Locale): string {
  return html.replace(SITE_LINK, (whole, start: string, href: string) => {
    const { kind } = matchRoute(href.split(/[?#]/)[0]!);
    if (kind === "file" || kind === "unknown" || kind === "preview") return whole;
    return `${start}${pathInLocale(href, locale)}"`;
  });
}
