/**
 * What an editor should know before merging that the content check does not refuse: how the
 * item will look when shared, whether readers can find it, and which addresses break.
 */
import type { DocumentType } from "../content/schema";
import { languageForEditors } from "../content/issues";
import type { Locale } from "../i18n/config";
import type { FormerAddress } from "./addresses";
import { escapeMarkdown } from "./markdown";
import type { PublicationState } from "./state";

/**
 * About as much of a title and a description as link previews show before cutting them
 * (X cuts titles at about 70 characters; Telegram, WhatsApp, Facebook and LinkedIn show two
 * or three lines of description, about 160 characters).
 */
export const PREVIEW_TITLE_CHARACTERS = 70;
export const PREVIEW_DESCRIPTION_CHARACTERS = 160;

/** The shape link previews give a picture (1200 × 630), and how far from it is fine. */
const PREVIEW_RATIO = 1200 / 630;
const RATIO_TOLERANCE = 0.1;
const MIN_PICTURE_WIDTH = 600;

/** One language version's words as link previews show them. */
export type VersionText = {
  locale: Locale;
  title: string;
  /** The summary (news, initiatives, topics); organisations have none of their own. */
  summary?: string;
  /** The title as the generated card draws it (characters its fonts lack left off). */
  cardTitle?: string;
};

export type WarningInput = {
  type: DocumentType;
  slug: string;
  /** Path of the original, e.g. content/news/x.md */
  file: string;
  state: PublicationState;
  versions: readonly VersionText[];
  /** The picture's size where the item has one (news only) and it could be read. */
  picture?: { src: string; width?: number; height?: number };
  /** Whether the item's page will exist for topics, which need an item naming them. */
  topicHasItems?: boolean;
  /** A renamed item's former addresses. */
  renamedFrom?: { slug: string; addresses: readonly FormerAddress[] };
};

const quoteCut = (text: string, at: number) => `“${escapeMarkdown(text.slice(0, at).trimEnd())}…”`;

/** "The title", or "The Russian title" where the item has several language versions. */
function the(field: string, locale: Locale, versions: readonly VersionText[]): string {
  return versions.length > 1 ? `The ${languageForEditors(locale)} ${field}` : `The ${field}`;
}

/** A title as the card draws it compares with the title as written, spaces closed up. */
const asDrawn = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

/** Warnings for an item that is being added, changed or renamed. */
export function itemWarnings(input: WarningInput): string[] {
  const warnings: string[] = [];
  if (input.state.kind === "draft") {
    warnings.push(
      "It is a draft: after the merge no list will show it and its address answers “page not found”. Remove `draft: true` to publish it.",
    );
  }
  if (input.type === "tag" && input.topicHasItems === false) {
    warnings.push(
      "No news item names this topic in `tags`: its page will not exist and no list will show it.",
    );
  }
  if (input.type === "news") {
    const picture = input.picture;
    if (!picture) {
      warnings.push(
        "No picture: link previews will show the generated card. Add `image:` with `src` and `alt` to show a photo.",
      );
    } else if (picture.width && picture.height) {
      const ratio = picture.width / picture.height;
      if (Math.abs(ratio / PREVIEW_RATIO - 1) > RATIO_TOLERANCE) {
        warnings.push(
          `The picture is ${picture.width} × ${picture.height} pixels; link previews crop it to 1200 × 630 (1.91 : 1): check in the link preview that nothing important is cut off.`,
        );
      }
      if (picture.width < MIN_PICTURE_WIDTH) {
        warnings.push(
          `The picture is only ${picture.width} pixels wide: link previews may show it small or blurred (1200 × 630 or larger is best).`,
        );
      }
    }
  }
  for (const version of input.versions) {
    const fieldOf = (field: string) => the(field, version.locale, input.versions);
    if (version.title.length > PREVIEW_TITLE_CHARACTERS) {
      warnings.push(
        `${fieldOf("title")} has ${version.title.length} characters; link previews show about ${PREVIEW_TITLE_CHARACTERS}, so it will be cut: ${quoteCut(version.title, PREVIEW_TITLE_CHARACTERS)}`,
      );
    }
    if (version.summary && version.summary.length > PREVIEW_DESCRIPTION_CHARACTERS) {
      warnings.push(
        `${fieldOf("summary")} has ${version.summary.length} characters; link previews show about ${PREVIEW_DESCRIPTION_CHARACTERS}: ${quoteCut(version.summary, PREVIEW_DESCRIPTION_CHARACTERS)}`,
      );
    }
    if (version.cardTitle !== undefined && version.cardTitle !== asDrawn(version.title)) {
      warnings.push(
        `${fieldOf("link-preview card")} leaves out characters of the title that its fonts cannot draw (emoji, other scripts): it reads “${escapeMarkdown(version.cardTitle)}”.`,
      );
    }
  }
  const lost = input.renamedFrom?.addresses.filter((address) => address.to === undefined) ?? [];
  if (input.renamedFrom && lost.length > 0) {
    warnings.push(
      `Renamed without keeping the old address: ${lost.map((address) => `\`${address.path}\``).join(", ")} will answer “page not found”. Add \`aliases:\` with \`- ${input.renamedFrom.slug}\` to \`${input.file}\`.`,
    );
  }
  return warnings;
}

/** Warnings for a deleted item: addresses that stop working without a redirect. */
export function deletionWarnings(slug: string, addresses: readonly FormerAddress[]): string[] {
  if (addresses.every((address) => address.to !== undefined)) return [];
  return [
    `Deleted, and no item lists \`${slug}\` in its \`aliases\`: its addresses will answer “page not found” and links to it break. To hide an item, prefer \`draft: true\`; if another item replaces it, add \`${slug}\` to that item's \`aliases\`.`,
  ];
}

/** The page names no picture for link previews (og:image). */
export function missingPictureWarning(): string {
  return "The page names no picture for link previews (no og:image): they will show none.";
}

/** The picture the page names for link previews could not be loaded from the preview. */
export function unloadedPictureWarning(path: string, status: number, type: string): string {
  const answer =
    status >= 200 && status < 300
      ? `sent ${type || "no content type"}, which link previews do not show`
      : `answered ${status}`;
  return `The picture link previews use, \`${path}\`, could not be loaded from the preview (it ${answer}): link previews would show no picture.`;
}
