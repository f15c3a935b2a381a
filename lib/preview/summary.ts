/**
 * `summary.md`: what a pull request will publish, written for the editor who opened it —
 * the content check's result, then each changed item: its address, when it becomes public,
 * where it will appear, its translations, warnings and links to its images. The same text
 * goes into the pull request's job summary on GitHub.
 */
import { formatIssue, languageForEditors, type ContentIssue } from "../content/issues";
import type { DocumentType } from "../content/schema";
import { formatDate } from "../format";
import { DEFAULT_LOCALE, type Locale } from "../i18n/config";
import type { FormerAddress, LocalePath } from "./addresses";
import { code, escapeMarkdown } from "./markdown";
import type { Appearance } from "./appearances";
import type { FileChange, ItemStatus } from "./changes";
import type { PublicationState } from "./state";
import type { TranslationState } from "./translations";

export type { TranslationState };

export type SummaryImage = { label: string; file: string };

export type ItemSummary = {
  type: DocumentType;
  slug: string;
  status: ItemStatus;
  title: string;
  files: readonly FileChange[];
  /** Why the item is not previewed (problems the content check found), if it is not. */
  notPreviewed?: string;
  state: PublicationState;
  /** Its page in each language; none for a deleted item. */
  addresses: readonly LocalePath[];
  /** False for a topic no item names: its page will not exist. */
  pageExists: boolean;
  /** A renamed item's old addresses; a deleted item's addresses (its name and aliases). */
  formerAddresses: readonly (FormerAddress & { answered?: number })[];
  appearances: readonly Appearance[];
  translations: readonly TranslationState[];
  warnings: readonly string[];
  images: readonly { locale: Locale; images: readonly SummaryImage[] }[];
};

export type Summary = {
  /** The branch compared with, e.g. origin/main. */
  base?: string;
  check: { documents: number; issues: readonly ContentIssue[] };
  timeZone: string;
  /** The day the preview shows, when it is not today (scheduled items). */
  previewDay?: string;
  items: readonly ItemSummary[];
  /** Changed files under content/ that hold no item (wrong folder or name). */
  otherFiles: readonly FileChange[];
};

const TYPE_NAME: Record<DocumentType, string> = {
  news: "News",
  initiative: "Initiative",
  signatory: "Organisation",
  tag: "Topic",
};

const STATUS_WORD: Record<FileChange["status"], string> = {
  added: "new",
  modified: "changed",
  deleted: "deleted",
  renamed: "renamed",
};

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
const day = (date: string) => formatDate(date, DEFAULT_LOCALE);

function fileLine(change: FileChange): string {
  return change.from
    ? `${code(change.from)} → ${code(change.path)} (${STATUS_WORD[change.status]})`
    : `${code(change.path)} (${STATUS_WORD[change.status]})`;
}

function publication(state: PublicationState, timeZone: string): string {
  switch (state.kind) {
    case "public":
      return "public as soon as the pull request is merged.";
    case "scheduled":
      return `scheduled: hidden until ${day(state.date)}, then public from midnight (${timeZone} time) by itself, without a new deployment.`;
    case "draft":
      return `draft (\`draft: true\`): it stays hidden after the merge${state.date ? ` (its date is ${day(state.date)})` : ""}. Previewed as it will look once published.`;
  }
}

function translationText(translation: TranslationState, names: string): string {
  const shown = languageForEditors(translation.shownAs ?? DEFAULT_LOCALE);
  switch (translation.state) {
    case "original":
      return `${names} (original) ✓`;
    case "translated":
      return `${names} ✓`;
    case "draft":
      return `${names}: a draft — readers see the ${shown} text until \`draft: true\` is removed from ${code(translation.file)}`;
    case "missing":
      return `${names}: missing — readers see the ${shown} text, marked as ${shown}`;
  }
}

/** One entry per language, but languages missing alike (same text shown) in one entry. */
function translationsLine(translations: readonly TranslationState[]): string {
  const groups: { first: TranslationState; locales: Locale[] }[] = [];
  for (const translation of translations) {
    const last = groups.at(-1);
    if (
      last &&
      translation.state === "missing" &&
      last.first.state === "missing" &&
      last.first.shownAs === translation.shownAs
    ) {
      last.locales.push(translation.locale);
    } else {
      groups.push({ first: translation, locales: [translation.locale] });
    }
  }
  return groups
    .map(({ first, locales }) =>
      translationText(first, locales.map((locale) => languageForEditors(locale)).join(", ")),
    )
    .join("; ");
}

/** The languages the preview did not picture, by the language whose text they show. */
function notPicturedLines(item: ItemSummary): string[] {
  const pictured = new Set(item.images.map(({ locale }) => locale));
  const byText = new Map<Locale, Locale[]>();
  for (const translation of item.translations) {
    if (pictured.has(translation.locale)) continue;
    const shown = translation.shownAs ?? translation.locale;
    byText.set(shown, [...(byText.get(shown) ?? []), translation.locale]);
  }
  return [...byText].map(
    ([shown, locales]) =>
      `  - ${locales.map((locale) => languageForEditors(locale)).join(", ")}: not pictured — the same ${languageForEditors(shown)} text as above, under ${locales.length === 1 ? "its" : "their"} own menus`,
  );
}

function formerLine(address: FormerAddress & { answered?: number }): string {
  const expected = address.to
    ? `${code(address.path)} redirects to ${code(address.to)}`
    : `${code(address.path)} will answer “page not found”`;
  const agrees = address.to ? address.answered === 308 : address.answered === 404;
  return address.answered === undefined || agrees
    ? expected
    : `${expected} (the preview answered ${address.answered})`;
}

function itemSection(item: ItemSummary, timeZone: string): string[] {
  const lines: string[] = [];
  const heading = `${TYPE_NAME[item.type]}: “${escapeMarkdown(item.title)}”`;
  lines.push(`## ${item.status === "deleted" ? `Deleted — ${heading}` : heading}`, "");
  lines.push(`- **Files:** ${item.files.map(fileLine).join(", ")}`);
  if (item.status === "deleted") {
    const [redirected, lost] = [
      item.formerAddresses.filter((address) => address.to),
      item.formerAddresses.filter((address) => !address.to),
    ];
    if (lost.length)
      lines.push(`- **Addresses that stop working:** ${lost.map(formerLine).join("; ")}`);
    if (redirected.length)
      lines.push(`- **Addresses that redirect:** ${redirected.map(formerLine).join("; ")}`);
  } else if (item.notPreviewed) {
    lines.push(`- **Not previewed:** ${item.notPreviewed}`);
  } else {
    const pages = item.addresses.map((address) => code(address.path)).join(", ");
    lines.push(
      item.pageExists
        ? `- **Address:** ${pages}`
        : `- **Address:** ${pages} — only once a news item names the topic`,
    );
    if (item.formerAddresses.length) {
      lines.push(`- **Former address:** ${item.formerAddresses.map(formerLine).join("; ")}`);
    }
    lines.push(`- **Publication:** ${publication(item.state, timeZone)}`);
    const appearsOn =
      item.state.kind === "draft"
        ? "Will appear on, once published"
        : item.state.kind === "scheduled"
          ? `Appears on, from ${day(item.state.date)}`
          : "Appears on";
    if (item.appearances.length) {
      lines.push(`- **${appearsOn}:**`);
      for (const appearance of item.appearances) {
        const paths = Object.values(appearance.paths).map((path) => code(path!));
        lines.push(`  - ${escapeMarkdown(appearance.label)}: ${paths.join(", ")}`);
      }
    } else {
      lines.push(`- **${appearsOn}:** no list or other page`);
    }
    lines.push(`- **Translations:** ${translationsLine(item.translations)}`);
  }
  if (item.warnings.length) {
    lines.push(`- **Warnings:**`);
    for (const warning of item.warnings) lines.push(`  - ⚠️ ${warning}`);
  }
  if (item.images.length) {
    lines.push(`- **Images:**`);
    for (const { locale, images } of item.images) {
      const links = images.map((image) => `[${image.label}](${encodeURI(image.file)})`);
      lines.push(`  - ${languageForEditors(locale)}: ${links.join(" · ")}`);
    }
    lines.push(...notPicturedLines(item));
  }
  lines.push("");
  return lines;
}

function checkSection(summary: Summary): string[] {
  const { documents, issues } = summary.check;
  if (issues.length === 0) {
    return ["## Content check", "", `✓ Passed: ${plural(documents, "document")}, no problems.`, ""];
  }
  const files = new Set(issues.map((issue) => issue.file)).size;
  return [
    "## Content check",
    "",
    `✗ ${plural(issues.length, "problem")} in ${plural(files, "file")}. Fix ${issues.length === 1 ? "it" : "them"} before merging (CONTRIBUTING.md, “What the messages mean”); an item with a problem is not previewed until then.`,
    "",
    "```text",
    ...issues.map(formatIssue),
    "```",
    "",
  ];
}

/** The whole of summary.md. */
export function renderSummary(summary: Summary): string {
  const changed = summary.items.length;
  const lines = [
    "# Preview of this change",
    "",
    `${summary.base ? `Compared with ${code(summary.base)}: ` : ""}${plural(changed, "item")} changed.` +
      (summary.previewDay
        ? ` Shown as the site will be on ${day(summary.previewDay)} (${summary.timeZone}), when the last scheduled item is public.`
        : ""),
    "",
  ];
  if (summary.items.some((item) => item.state.kind !== "public" && item.images.length)) {
    lines.push(
      "Drafts and scheduled items are shown as they will look once public, under a yellow “Preview” banner that the site itself does not have.",
      "",
    );
  }
  lines.push(...checkSection(summary));
  for (const item of summary.items) lines.push(...itemSection(item, summary.timeZone));
  if (summary.otherFiles.length) {
    lines.push("## Other files", "");
    for (const change of summary.otherFiles) {
      lines.push(`- ${fileLine(change)}: not an item of the site (see the content check)`);
    }
    lines.push("");
  }
  return lines.join("\n");
}
