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

export function PreviewCard({
  siteName,
  host,
  label,
  title,
  subtitle,
  facts = [],
}: PreviewCardProps) {
  const heading = previewText(title) || previewText(siteName);
  const eyebrow = label ? previewText(label) : "";
  const line = facts.map(previewText).filter(Boolean).join("  ·  ");
  const sub = subtitle ? previewText(subtitle) : "";
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        backgroundColor: COLORS.canvas,
        fontFamily: PREVIEW_FAMILIES.sans,
        color: COLORS.ink,
        borderBottom: `16px solid ${COLORS.brand}`,
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
        {eyebrow ? (
          <div
            style={{
              fontSize: 26,
              fontWeight: 700,
              color: COLORS.accent,
              letterSpacing: 3,
              textTransform: "uppercase",
              marginBottom: 20,
            }}
          >
            {eyebrow}
          </div>
        ) : null}
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
