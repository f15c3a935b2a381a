import { languageName } from "@/lib/format";
import type { TextLanguageProps } from "@/lib/i18n/dictionary";

/**
 * Above an item shown in its original language because it has no translation into the
 * page's language yet: said plainly, in the page's language.
 */
export function UntranslatedNotice({ lang, locale, dict }: TextLanguageProps) {
  if (lang === locale) return null;
  return (
    <p
      role="note"
      className="border-accent bg-surface text-ink mb-8 border-s-4 px-4 py-3 text-sm leading-relaxed"
    >
      {dict.language.untranslated(languageName(lang, locale))}
    </p>
  );
}
