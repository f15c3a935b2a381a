import { pictureMarkup, type PictureUse } from "@/lib/media/picture-markup";
import type { Picture as PictureData } from "@/lib/media/variants";

/** A picture in AVIF and WebP at the widths the media build made, with a JPEG or PNG fallback. */
export function Picture({
  picture,
  className,
  ...use
}: PictureUse & { picture: PictureData; className?: string }) {
  const { sources, img } = pictureMarkup(picture, use);
  return (
    <picture>
      {sources.map((source) => (
        <source key={source.type} {...source} />
      ))}
      <img {...img} alt={img.alt} className={className} />
    </picture>
  );
}
