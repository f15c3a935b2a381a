/**
 * `npm run preview -- [files…] [--base BRANCH] [--out DIR] [--port N] [--keep]`
 *
 * What a change to content/ will publish, before it is merged: the content files changed
 * against the base branch (lib/git.ts) — or the files named — are checked, a
 * copy of the site with the change is built exactly as production builds it and served on
 * loopback, and one browser takes, for every changed item and each of its languages,
 * full-page screenshots (390 px and 1280 px wide, light; 390 px dark), its link-preview
 * image and a mock of the link as a messenger unfurls it. `DIR/summary.md` (default
 * preview/) says, item by item, its address, when it will be public, where it will appear,
 * its translations and what an editor should look at. Drafts and scheduled items are
 * previewed as they will look once public (see scripts/preview/site.ts and shots.ts).
 *
 * Exits 0 once the preview is written — items with content problems are listed with the
 * check's messages and not previewed, as the content check is what stops a merge — and 1
 * when no preview could be made.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { imageSize } from "image-size";
import { getTopic } from "../lib/browse";
import type { ContentIssue } from "../lib/content/issues";
import { aliasesOf } from "../lib/content/alias-rules";
import { resolveMediaPath } from "../lib/content/media";
import { contentPathOf } from "../lib/content/media-rules";
import { DOCUMENT_TYPES } from "../lib/content/schema";
import { parseSource, type SourceDocument } from "../lib/content/source";
import { DEFAULT_LOCALE, LOCALES, TRANSLATION_LOCALES, type Locale } from "../lib/i18n/config";
import { formerAddresses, itemPaths, type FormerAddress } from "../lib/preview/addresses";
import { appearancesOf, type Appearance } from "../lib/preview/appearances";
import {
  contentFileOf,
  groupChanges,
  onlyPaths,
  type ChangedItem,
  type FileChange,
} from "../lib/preview/changes";
import { currentFiles, itemsToSetAside, withoutDraft } from "../lib/preview/copy-plan";
import {
  clockShift,
  previewBanner,
  previewDay,
  publicationState,
  type PublicationState,
} from "../lib/preview/state";
import {
  plural,
  renderSummary,
  type ItemSummary,
  type Summary,
  type TranslationState,
} from "../lib/preview/summary";
import { picturedLocales, withFallbacks } from "../lib/preview/translations";
import { deletionWarnings, itemWarnings, type VersionText } from "../lib/preview/warnings";
import { previewText } from "../lib/preview-image";
import { calendarDateIn, siteTimeZone } from "../lib/publication";

import { checkSite } from "./preview/check";
import { picturesOf } from "./preview/pictures";
import { changedContentFiles, defaultBase, fileAt } from "../lib/git";
import { buildCopy, copyForPreview, corporaOf, serveCopy, type PreviewCopy } from "./preview/site";
import { openCamera, type Camera } from "./preview/shots";

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`[preview ${elapsed()}] ${message}`);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: "string" },
    out: { type: "string", default: "preview" },
    port: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});

const root = path.resolve(import.meta.dirname, "..");
const outDir = path.resolve(values.out!);
const port = Number(values.port ?? process.env.PREVIEW_PORT ?? 3300);
const timeZone = siteTimeZone();
const today = calendarDateIn(timeZone, new Date());

/* ------------------------------------------------------------------ what changed */

function requestedFiles(): string[] {
  return positionals.map((file) =>
    path.relative(root, path.resolve(file)).split(path.sep).join("/"),
  );
}

function findChanges(): { base: string; mergeBase: string; changes: FileChange[] } {
  const base = values.base ?? defaultBase(root);
  const found = changedContentFiles(root, base);
  if (positionals.length === 0) return found;
  const files = requestedFiles();
  const changes = onlyPaths(found.changes, files);
  for (const file of files) {
    const known = changes.some((change) => change.path === file || change.from === file);
    if (!known && fs.existsSync(path.join(root, file)))
      changes.push({ status: "modified", path: file });
  }
  return { ...found, changes };
}

const { base, mergeBase, changes } = findChanges();
const { items, otherFiles } = groupChanges(changes);
const check = await checkSite(root, { messages: true });
log(
  `${items.length} changed item(s) against ${base}; content check: ${check.issues.length} problem(s)`,
);

const documentOf = (documents: readonly SourceDocument[], item: ChangedItem, locale?: Locale) =>
  documents.find(
    (document) =>
      document.type === item.type && document.slug === item.slug && document.locale === locale,
  );

/** The item's original as it was on the base branch (for deleted and renamed items). */
function baseOriginal(item: ChangedItem): SourceDocument | undefined {
  const file = item.files.find((change) => !contentFileOf(change.from ?? change.path)?.locale);
  const former = file?.from ?? file?.path;
  const text = former ? fileAt(root, mergeBase, former) : undefined;
  if (!former || text === undefined) return undefined;
  const parsed = contentFileOf(former)!;
  return parseSource(former, item.type, parsed.slug, text).document;
}

const problemsOf = (item: ChangedItem): ContentIssue[] => {
  const files = new Set(currentFiles(item));
  return check.issues.filter((issue) => files.has(issue.file));
};

const stateOf = (item: ChangedItem): PublicationState => {
  const original = documentOf(check.documents, item);
  return item.type === "news" && original
    ? publicationState(original.data, today)
    : { kind: "public" };
};

/* ------------------------------------------------------------------ the copy */

/** Puts an item's files back as they were on the base branch (or leaves out a new one). */
function setAsideInCopy(copy: PreviewCopy, item: ChangedItem) {
  for (const change of item.files) {
    copy.put(change.path, fileAt(root, mergeBase, change.path));
    if (change.from) copy.put(change.from, fileAt(root, mergeBase, change.from));
  }
}

/**
 * Sets items aside until the copy's content passes the check (each round sets aside at
 * least one more item, or stops), then makes the drafts of the change public in the copy.
 * Returns the problems left, if the content cannot pass without this change altogether.
 */
async function prepareCopy(copy: PreviewCopy, setAside: Set<ChangedItem>): Promise<ContentIssue[]> {
  let next = items.filter((item) => problemsOf(item).length > 0);
  let left: ContentIssue[];
  do {
    for (const item of next) {
      setAside.add(item);
      setAsideInCopy(copy, item);
    }
    left = (await checkSite(copy.dir)).issues;
    next = itemsToSetAside(items, left, setAside);
  } while (next.length > 0);
  // Drafts of the change are previewed as they will look once published.
  for (const item of items) {
    if (setAside.has(item)) continue;
    for (const file of currentFiles(item)) {
      const text = copy.read(file);
      if (text !== undefined) copy.put(file, withoutDraft(text));
    }
  }
  return left;
}

type Served = { url: string };

/** The size of the picture a document names beside it (`./photo.jpg`), where it can be read. */
function pictureSize(document: SourceDocument, src: string) {
  const file = resolveMediaPath(contentPathOf(document), src);
  try {
    if (file === undefined) return {};
    const { width, height } = imageSize(fs.readFileSync(path.join(root, "content", file)));
    return { width, height };
  } catch {
    return {};
  }
}

/* ------------------------------------------------------------------ item by item */

async function answered(served: Served | undefined, address: FormerAddress) {
  if (!served) return address;
  const response = await fetch(served.url + address.path, { redirect: "manual" });
  return { ...address, answered: response.status };
}

function translationsOf(item: ChangedItem): TranslationState[] {
  const original = documentOf(check.documents, item);
  return withFallbacks([
    { locale: DEFAULT_LOCALE, state: "original" as const, file: original?.file ?? "" },
    ...TRANSLATION_LOCALES.map((locale): TranslationState => {
      const translation = documentOf(check.documents, item, locale);
      if (!translation) return { locale, state: "missing", file: "" };
      return {
        locale,
        state: translation.data.draft === true ? "draft" : "translated",
        file: translation.file,
      };
    }),
  ]);
}

const textOf = (document: SourceDocument, field: string) =>
  typeof document.data[field] === "string" ? (document.data[field] as string) : undefined;

function versionsOf(item: ChangedItem, hasCard: boolean): VersionText[] {
  return LOCALES.flatMap((locale) => {
    const document = documentOf(
      check.documents,
      item,
      locale === DEFAULT_LOCALE ? undefined : locale,
    );
    const title = document && (textOf(document, "title") ?? textOf(document, "name"));
    if (!document || !title) return [];
    return [
      {
        locale,
        title,
        summary: textOf(document, "summary"),
        ...(hasCard ? { cardTitle: previewText(title) } : {}),
      },
    ];
  });
}

async function homeAppearance(served: Served, item: ChangedItem): Promise<Appearance | undefined> {
  if (item.type === "tag") return undefined;
  const paths: Partial<Record<Locale, string>> = {};
  for (const { locale, path: itemPath } of itemPaths(item.type, item.slug)) {
    const home = locale === DEFAULT_LOCALE ? "/" : `/${locale}`;
    const html = await (await fetch(served.url + home)).text();
    if (html.includes(`href="${itemPath}"`)) paths[locale] = home;
  }
  return Object.keys(paths).length ? { key: "home", label: "Home page", paths } : undefined;
}

async function summarise(
  item: ChangedItem,
  setAside: ReadonlySet<ChangedItem>,
  served: Served | undefined,
  camera: Camera | undefined,
  corpora: ReturnType<typeof corporaOf> | undefined,
  day: string,
): Promise<ItemSummary> {
  const original = documentOf(check.documents, item);
  const former =
    item.status === "deleted" || item.status === "renamed" ? baseOriginal(item) : undefined;
  const titled = original ?? former;
  const title = (titled && (textOf(titled, "title") ?? textOf(titled, "name"))) ?? item.slug;
  const state = stateOf(item);
  const summary: ItemSummary = {
    type: item.type,
    slug: item.slug,
    status: item.status,
    title,
    files: item.files,
    state,
    addresses: [],
    pageExists: true,
    formerAddresses: [],
    appearances: [],
    translations: [],
    warnings: [],
    images: [],
  };
  const live = setAside.has(item) ? undefined : served;
  const problems = problemsOf(item).length;
  if (item.status === "deleted") {
    const names = [item.slug, ...(former ? aliasesOf(former).map(({ alias }) => alias) : [])];
    const addresses = formerAddresses(item.type, names, check.documents);
    summary.formerAddresses = await Promise.all(
      addresses.map((address) => answered(live, address)),
    );
    summary.warnings = deletionWarnings(item.slug, addresses);
    return summary;
  }
  if (problems > 0) {
    summary.notPreviewed = `fix the ${plural(problems, "problem")} the content check lists above first.`;
    return summary;
  }
  if (!live || !camera || !corpora) {
    summary.notPreviewed =
      "other files have problems with what it changes (the content check lists them above): fix those first.";
    return summary;
  }

  const renamed = item.from ? formerAddresses(item.type, [item.from], check.documents) : [];
  summary.formerAddresses = await Promise.all(renamed.map((address) => answered(live, address)));
  summary.addresses = itemPaths(item.type, item.slug);
  summary.pageExists =
    item.type !== "tag" || getTopic(corpora[DEFAULT_LOCALE], item.slug) !== undefined;
  const context = { today: day, includeDrafts: false, includeScheduled: false };
  const home = await homeAppearance(live, item);
  summary.appearances = [
    ...(home ? [home] : []),
    ...appearancesOf(corpora, context, item.type, item.slug),
  ];
  summary.translations = translationsOf(item);
  const image =
    item.type === "news"
      ? (original?.data.image as { src?: string; alt?: string } | undefined)
      : undefined;
  const picture =
    original && image?.src ? { src: image.src, ...pictureSize(original, image.src) } : undefined;
  summary.warnings = itemWarnings({
    type: item.type,
    slug: item.slug,
    file: original?.file ?? "",
    state,
    versions: versionsOf(item, item.type !== "tag" && !picture),
    picture: picture && { src: picture.src, width: picture.width, height: picture.height },
    topicHasItems: summary.pageExists,
    ...(item.from ? { renamedFrom: { slug: item.from, addresses: renamed } } : {}),
  });
  if (summary.pageExists) {
    const images = [];
    const pictureProblems = new Set<string>();
    const pictured = picturedLocales(summary.translations);
    for (const { locale, path: pagePath } of summary.addresses) {
      if (!pictured.includes(locale)) continue;
      const translation = summary.translations.find((entry) => entry.locale === locale);
      const banner = previewBanner(state, translation?.state === "draft");
      const pictures = await picturesOf({
        camera,
        served: live,
        outDir,
        stem: `${DOCUMENT_TYPES[item.type].folder}-${item.slug}-${locale}`,
        locale,
        pagePath,
        banner,
      });
      images.push({ locale, images: pictures.images });
      if (pictures.pictureProblem) pictureProblems.add(pictures.pictureProblem);
      log(`pictures of ${pagePath}`);
    }
    summary.images = images;
    summary.warnings = [...summary.warnings, ...pictureProblems];
  }
  return summary;
}

/* ------------------------------------------------------------------ run */

function writeSummary(summary: Summary) {
  fs.writeFileSync(path.join(outDir, "summary.md"), renderSummary(summary));
}

function prepareOut() {
  fs.mkdirSync(outDir, { recursive: true });
  // Only what a preview writes, never anything else a mistaken --out might hold.
  for (const entry of ["images", "summary.md", "build.log"]) {
    fs.rmSync(path.join(outDir, entry), { recursive: true, force: true });
  }
  fs.mkdirSync(path.join(outDir, "images"));
}

function requireFaketime() {
  try {
    execFileSync("faketime", ["-f", "+0s", "true"], { stdio: "ignore" });
  } catch {
    throw new Error(
      "Previewing a scheduled item needs faketime (bash scripts/install-system-packages.sh installs it)",
    );
  }
}

async function main(): Promise<number> {
  prepareOut();
  const summary: Summary = {
    base,
    check: { documents: check.documents.length, issues: check.issues },
    timeZone,
    items: [],
    otherFiles,
  };
  const setAside = new Set<ChangedItem>();
  if (items.length === 0) {
    writeSummary(summary);
    log(`nothing to preview; ${path.relative(process.cwd(), outDir)}/summary.md written`);
    return 0;
  }

  const copy = copyForPreview();
  let server: Awaited<ReturnType<typeof serveCopy>> | undefined;
  let camera: Camera | undefined;
  try {
    const left = await prepareCopy(copy, setAside);
    const previewable = items.filter((item) => item.status !== "deleted" && !setAside.has(item));
    const day = previewDay(previewable.map(stateOf)) ?? today;
    if (day !== today) summary.previewDay = day;
    if (left.length > 0) {
      log("the content outside this change has problems: no preview built");
      for (const item of items) {
        summary.items = [
          ...summary.items,
          await summarise(item, new Set(items), undefined, undefined, undefined, day),
        ];
      }
      writeSummary(summary);
      return 1;
    }
    const seconds = day === today ? 0 : clockShift(new Date(), timeZone, day);
    if (seconds > 0) requireFaketime();
    log(`building the copy${seconds > 0 ? ` with its clock on ${day}` : ""}`);
    const status = await buildCopy(copy.dir, seconds, path.join(outDir, "build.log"));
    if (status !== 0) {
      console.error(fs.readFileSync(path.join(outDir, "build.log"), "utf8").slice(-4000));
      throw new Error(
        `The build failed (exit ${status}); its output is in ${path.join(outDir, "build.log")}`,
      );
    }
    log("built; serving it");
    server = await serveCopy(copy.dir, port, seconds);
    camera = await openCamera();
    const corpora = corporaOf(copy.dir);
    for (const item of items) {
      summary.items = [
        ...summary.items,
        await summarise(item, setAside, { url: server.url }, camera, corpora, day),
      ];
    }
    writeSummary(summary);
    log(`done: ${path.relative(process.cwd(), outDir) || "."}/summary.md`);
    return 0;
  } finally {
    await camera?.close();
    await server?.stop();
    if (values.keep) log(`copy kept at ${copy.dir}`);
    else copy.remove();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
