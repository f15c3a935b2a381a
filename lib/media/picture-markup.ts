/**
 * A picture's markup as data: the `<source>`s (AVIF, then WebP) and the `<img>` (the fallback,
 * with its intrinsic size so nothing moves when it loads). The React component
 * (components/Picture.tsx) and the pictures in document bodies (body-pictures.ts) both render
 * this, so the two never differ.
 */
import { FIGURE_SIZES, THUMBNAIL_SIZES, srcset, type Picture } from "./variants";

export type PictureUse = {
  alt: string;
  /** A figure in an article, or a thumbnail in a list (3:2, cropped). */
  variant: "figure" | "thumbnail";
  /**
   * The article's own picture is its largest contentful paint: fetched at once, first. Every
   * other picture (in the text, in lists) loads as the reader scrolls to it.
   */
  priority?: boolean;
};

export type PictureMarkup = {
  sources: { type: string; srcSet: string; sizes: string }[];
  img: {
    src: string;
    width: number;
    height: number;
    alt: string;
    loading: "eager" | "lazy";
    decoding: "async";
    fetchPriority?: "high";
  };
};

export function pictureMarkup(
  picture: Picture,
  { alt, variant, priority = false }: PictureUse,
): PictureMarkup {
  const loading = priority ? ("eager" as const) : ("lazy" as const);
  const timing = {
    loading,
    decoding: "async" as const,
    ...(priority ? { fetchPriority: "high" as const } : {}),
  };
  if (variant === "thumbnail") {
    const { thumbnail } = picture;
    const one = (url: string) => `${url} ${thumbnail.width}w`;
    return {
      sources: [
        { type: "image/avif", srcSet: one(thumbnail.avif), sizes: THUMBNAIL_SIZES },
        { type: "image/webp", srcSet: one(thumbnail.webp), sizes: THUMBNAIL_SIZES },
      ],
      img: {
        src: thumbnail.fallback,
        width: thumbnail.width,
        height: thumbnail.height,
        alt,
        ...timing,
      },
    };
  }
  return {
    sources: [
      { type: "image/avif", srcSet: srcset(picture.avif), sizes: FIGURE_SIZES },
      { type: "image/webp", srcSet: srcset(picture.webp), sizes: FIGURE_SIZES },
    ],
    img: {
      src: picture.fallback.url,
      width: picture.width,
      height: picture.height,
      alt,
      ...timing,
    },
  };
}
