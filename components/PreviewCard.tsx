/**
 * The 1200×630 link-preview card drawn by next/og (Satori): the site's identity, a label
 * (category or kind), the title and a line of facts (date, place, country). Satori draws
 * only inline styles and flexbox; every text goes through `previewText`, so a character the
 * bundled fonts lack (an emoji, another script) is dropped instead of being downloaded.
 */
import { ImageResponse } from "next/og";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { siteUrl } from "@/lib/site";
import { PREVIEW_SIZE } from "@/lib/metadata";
import { PREVIEW_FAMILIES, previewFonts, previewText, titleSize } from "@/lib/preview-image";
import { photoPreview } from "@/lib/media/preview-photo";
import type { Picture } from "@/lib/media/variants";

// The site's colour tokens (app/globals.css, light scheme).
const COLORS = {
  canvas: "#faf9f7",
  ink: "#1d1b24",
  muted: "#57535f",
  line: "#e3dfe8",
  brand: "#5a2d82",
  accent: "#a84300",
};

export type PreviewCardProps = {
  siteName: string;
  /** The site's address as people read it, e.g. endgbv-centralasia.org */
  host: string;
  /** Category or kind, shown above the title. */
  label?: string;
  title: string;
  /** A sentence under the title (the site's card shows its tagline). */
  subtitle?: string;
  /** Facts on the bottom line, e.g. the date and the place. */
  facts?: readonly string[];
};

/** The frame both cards share: the whole image, a column, the brand's line at the bottom. */
const CARD_FRAME = {
  width: "100%",
  height: "100%",
  display: "flex",
  flexDirection: "column",
  fontFamily: PREVIEW_FAMILIES.sans,
  borderBottom: `16px solid ${COLORS.brand}`,
} as const;

/** The card's heading (the site's name when the title has no drawable character) and label. */
function cardWords({
  siteName,
  title,
  label,
}: Pick<PreviewCardProps, "siteName" | "title" | "label">) {
  return {
    heading: previewText(title) || previewText(siteName),
    eyebrow: label ? previewText(label) : "",
  };
}

/** The card's label (the category), in capitals above the title; nothing without one. */
function Eyebrow({
  text,
  style,
}: {
  text: string;
  style: { fontSize: number; color: string; marginBottom: number };
}) {
  if (!text) return null;
  return (
    <div style={{ fontWeight: 700, letterSpacing: 3, textTransform: "uppercase", ...style }}>
      {text}
    </div>
  );
}

export function PreviewCard({
  siteName,
  host,
  label,
  title,
  subtitle,
  facts = [],
}: PreviewCardProps) {
  const { heading, eyebrow } = cardWords({ siteName, title, label });
  const line = facts.map(previewText).filter(Boolean).join("  ·  ");
  const sub = subtitle ? previewText(subtitle) : "";
  return (
    <div
      style={{
        ...CARD_FRAME,
        backgroundColor: COLORS.canvas,
        color: COLORS.ink,
        padding: "56px 72px 48px",
      }}
    >
      <div style={{ display: "flex", alignItems: "center" }}>
        <div
          style={{
            width: 14,
            height: 52,
            borderRadius: 7,
            backgroundColor: COLORS.brand,
            marginRight: 20,
          }}
        />
        <div style={{ fontSize: 30, fontWeight: 700, color: COLORS.ink }}>
          {previewText(siteName)}
        </div>
      </div>

      <div
        style={{
          display: "flex",
          flexDirection: "column",
          flexGrow: 1,
          justifyContent: "center",
          paddingTop: 8,
        }}
      >
        <Eyebrow text={eyebrow} style={{ fontSize: 26, color: COLORS.accent, marginBottom: 20 }} />
        <div
          style={{
            fontFamily: PREVIEW_FAMILIES.serif,
            fontWeight: 700,
            fontSize: titleSize(heading),
            lineHeight: 1.18,
            color: COLORS.ink,
          }}
        >
          {heading}
        </div>
        {sub ? (
          <div style={{ fontSize: 32, lineHeight: 1.4, color: COLORS.muted, marginTop: 28 }}>
            {sub}
          </div>
        ) : null}
      </div>

      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          alignItems: "flex-end",
          borderTop: `2px solid ${COLORS.line}`,
          paddingTop: 24,
          fontSize: 28,
          color: COLORS.muted,
        }}
      >
        <div style={{ display: "flex" }}>{line}</div>
        <div style={{ display: "flex", fontWeight: 700, color: COLORS.brand }}>
          {previewText(host)}
        </div>
      </div>
    </div>
  );
}

/** ImageResponse options for a card: its size and the bundled fonts. */
export function previewImageOptions() {
  return { ...PREVIEW_SIZE, fonts: previewFonts() };
}

/** A page's 1200×630 preview PNG: the card with the site's name and address, in the page's language. */
export function previewImage(
  dict: Dictionary,
  card: Omit<PreviewCardProps, "siteName" | "host">,
): ImageResponse {
  return new ImageResponse(
    <PreviewCard siteName={dict.site.shortName} host={siteUrl().host} {...card} />,
    previewImageOptions(),
  );
}

/**
 * The words of an article's card over its photo: a transparent layer with a dark gradient at
 * the bottom (so white text reads over any photo), the label, the title and the site's address.
 */
export function PhotoCardOverlay({ siteName, host, label, title, facts = [] }: PreviewCardProps) {
  const { heading, eyebrow } = cardWords({ siteName, title, label });
  const line = [...facts.map(previewText).filter(Boolean), previewText(host)].join("  ·  ");
  return (
    <div
      style={{
        ...CARD_FRAME,
        justifyContent: "flex-end",
        padding: "0 64px 44px",
        backgroundImage:
          "linear-gradient(to bottom, rgba(29,27,36,0) 25%, rgba(29,27,36,0.78) 60%, rgba(29,27,36,0.94) 100%)",
        borderBottom: `16px solid ${COLORS.brand}`,
      }}
    >
      <Eyebrow text={eyebrow} style={{ fontSize: 24, color: "#ffd8b8", marginBottom: 14 }} />
      <div
        style={{
          fontFamily: PREVIEW_FAMILIES.serif,
          fontWeight: 700,
          fontSize: Math.min(titleSize(heading), 64),
          lineHeight: 1.15,
        }}
      >
        {heading}
      </div>
      <div style={{ display: "flex", marginTop: 20, fontSize: 24, color: "#e3dfe8" }}>
        {`${previewText(siteName)}  ·  ${line}`}
      </div>
    </div>
  );
}

/** An article's 1200×630 preview built from its photo: a JPEG with the card's words over it. */
export async function photoPreviewImage(
  dict: Dictionary,
  card: Omit<PreviewCardProps, "siteName" | "host">,
  picture: Picture,
): Promise<Response> {
  const overlay = new ImageResponse(
    <PhotoCardOverlay siteName={dict.site.shortName} host={siteUrl().host} {...card} />,
    previewImageOptions(),
  );
  const jpeg = await photoPreview(picture, Buffer.from(await overlay.arrayBuffer()));
  return new Response(new Uint8Array(jpeg), {
    headers: { "content-type": "image/jpeg", "content-length": String(jpeg.length) },
  });
}
