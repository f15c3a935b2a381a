import { NotFoundMessage } from "@/components/NotFoundMessage";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { getDictionary } from "@/lib/i18n/dictionary";

/**
 * Shown only if a page finds nothing after proxy.ts said it would (proxy.ts answers every
 * address that names nothing with app/global-not-found.tsx, in the address's language).
 * Next gives a not-found file no parameters, so it cannot know the language.
 */
export default function NotFound() {
  return <NotFoundMessage locale={DEFAULT_LOCALE} dict={getDictionary(DEFAULT_LOCALE)} />;
}
