/**
 * What the media build makes of each file, and where it is served: every picture in AVIF and
 * WebP at a few widths, with a JPEG (PNG for a picture with transparency) for browsers that take
 * neither, and a 3:2 thumbnail for lists; every document as it is, under a readable name. Every
 * address starts with the file's content hash, so it never changes meaning and is cached as
 * immutable (next.config.ts). Pure: the build (scripts/build-media.ts) and the pages share it.
 */

/** Served media live under this path (a folder of files: lib/routing.ts FILE_FOLDERS). */
export const MEDIA_URL_PREFIX = "/media/";

/**
 * Widths of a picture in an article. The text column is at most 48rem (768 px) wide: 800 serves
 * it on screens of density 1 and phones of density 2, 1200 phones of density 3 and desktop
 * screens of density 2 well enough. A picture narrower than 800 px is served at its own width.
 */
export const FIGURE_WIDTHS = [800, 1200] as const;

/** Thumbnails in lists: 3:2, cropped around what draws the eye, sharp up to 200 CSS px at 2×. */
export const THUMBNAIL = { width: 400, height: 267 } as const;

/** `sizes` of a picture in the text column (app/[locale]/news/[slug]: max-w-3xl, px-4 on phones). */
export const FIGURE_SIZES = "(min-width: 48rem) 48rem, calc(100vw - 2rem)";
/** `sizes` of a thumbnail (components/NewsCard.tsx: w-28 on phones, w-40 from sm). */
export const THUMBNAIL_SIZES = "(min-width: 40rem) 10rem, 7rem";

/** Bumped when the encoding changes, so every picture is made again. */
export const PIPELINE_VERSION = 2;

export type Variant = { url: string; width: number };

/** A picture as the pages show it. */
export type Picture = {
  /** Intrinsic size of the largest variant, for width/height (no layout shift). */
  width: number;
  height: number;
  avif: Variant[];
  webp: Variant[];
  /** JPEG, or PNG for a picture with transparency: for browsers without AVIF or WebP. */
  fallback: { url: string; type: string };
  thumbnail: { width: number; height: number; avif: string; webp: string; fallback: string };
};

/** A document as the pages list it. */
export type MediaDocument = {
  url: string;
  /** Size in bytes. */
  bytes: number;
  /** MIME type, e.g. application/pdf */
  type: string;
  /** What readers call the type, e.g. PDF */
  format: string;
};

/** What the media build wrote: every file the content names, by its path in the content folder. */
export type MediaManifest = {
  pictures: Record<string, Picture>;
  documents: Record<string, MediaDocument>;
};

/** The widths a picture of `sourceWidth` pixels is served at. */
export function figureWidths(sourceWidth: number): number[] {
  const widths = FIGURE_WIDTHS.filter((width) => width <= sourceWidth);
  return widths.length > 0 ? widths : [sourceWidth];
}

/** The folder of a file's variants: /media/<hash>/ */
export const mediaFolder = (hash: string) => `${MEDIA_URL_PREFIX}${hash}/`;

/** `srcset` of a list of variants. */
export const srcset = (variants: readonly Variant[]) =>
  variants.map((variant) => `${variant.url} ${variant.width}w`).join(", ");
