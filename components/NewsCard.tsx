import { SiteLink } from "./SiteLink";
import type { NewsItem } from "@/lib/content/model";
import { langAttribute, type Locale } from "@/lib/i18n/config";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { newsPath } from "@/lib/urls";
import { CategoryLabel } from "./CategoryLabel";
import { DateNote } from "./DateNote";
import { DateText } from "./DateText";
import { LanguageBadge } from "./LanguageBadge";
import { Picture } from "./Picture";
import { articlePicture } from "@/lib/media/article";

export function NewsCard({
  item,
  locale,
  dict,
  headingLevel = 2,
}: {
  item: NewsItem;
  locale: Locale;
  dict: Dictionary;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as "h2" | "h3" | "h4";
  const lang = langAttribute(item.lang, locale);
  const picture = articlePicture(item);
  return (
    <article className="group relative flex items-start gap-4 py-6 sm:gap-6">
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <CategoryLabel category={item.category} dict={dict} />
          <span className="text-muted">
            <DateText date={item.date} locale={locale} />
            {item.location ? (
              <>
                {" · "}
                <span lang={lang}>{item.location}</span>
              </>
            ) : null}
          </span>
          <LanguageBadge lang={item.lang} locale={locale} dict={dict} />
        </p>
        <DateNote item={item} locale={locale} />
        <Heading
          lang={lang}
          className="mt-2 font-serif text-xl leading-snug font-bold text-balance sm:text-2xl"
        >
          <SiteLink
            href={newsPath(locale, item.slug)}
            className="text-ink group-hover:text-brand decoration-brand/40 underline-offset-4 after:absolute after:inset-0 hover:underline"
          >
            {item.title}
          </SiteLink>
        </Heading>
        <p lang={lang} className="text-muted mt-2 max-w-3xl leading-relaxed">
          {item.summary}
        </p>
      </div>
      {picture ? (
        // Beside the headline that names it, the thumbnail adds nothing for a screen reader.
        <div className="mt-1 shrink-0">
          <Picture
            picture={picture}
            alt=""
            variant="thumbnail"
            className="bg-line aspect-[3/2] w-28 rounded object-cover sm:w-40"
          />
        </div>
      ) : null}
    </article>
  );
}
