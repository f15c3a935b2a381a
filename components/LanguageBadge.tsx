import { languageName } from "@/lib/format";
import type { TextLanguageProps } from "@/lib/i18n/dictionary";

/** Marks an item shown in another language than the page's, e.g. «Язык: английский». */
export function LanguageBadge({ lang, locale, dict }: TextLanguageProps) {
  if (lang === locale) return null;
  return (
    <span className="border-line text-muted rounded border px-1.5 py-0.5 text-xs font-medium">
      {dict.language.inLanguage(languageName(lang, locale))}
    </span>
  );
}
