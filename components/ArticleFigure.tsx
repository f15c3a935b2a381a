import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Picture as PictureData } from "@/lib/media/variants";
import { Picture } from "./Picture";

/**
 * An article's own picture under its headline: the largest thing on the page, so it is fetched
 * first, with its caption and "Photo: <credit>" below it.
 */
export function ArticleFigure({
  picture,
  alt,
  caption,
  credit,
  lang,
  dict,
}: {
  picture: PictureData;
  alt: string;
  caption?: string;
  credit?: string;
  lang?: string;
  dict: Dictionary;
}) {
  return (
    <figure className="mt-8" lang={lang}>
      <Picture
        picture={picture}
        alt={alt}
        variant="figure"
        priority
        className="bg-line h-auto w-full rounded"
      />
      {caption || credit ? (
        <figcaption className="text-muted mt-2 text-sm leading-relaxed">
          {caption}
          {caption && credit ? " " : null}
          {credit ? (
            <span className="whitespace-nowrap">{dict.news.photoCredit(credit)}</span>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
