/**
 * `npm run preview` on a change an editor could make, run the way the content-preview
 * workflow (.github/workflows/content-preview.yml) runs it on a pull request: in a
 * repository made for the test — a copy of the site whose main branch holds a small
 * content folder, and a branch that adds an article with a photo and its Russian
 * translation, schedules an item, renames a file (keeping its address) and deletes one
 * (without), plus a broken file not yet committed. The workflow's own commands run with the
 * environment GitHub gives them: the check (annotations, failure), the preview (every
 * picture, summary.md), the job summary.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { imageSize } from "image-size";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { forJobSummary } from "@/lib/preview/job-summary";
import { formatDate } from "@/lib/format";
import { LOCALES } from "@/lib/i18n/config";
import { calendarDateIn, siteTimeZone } from "@/lib/publication";
import { copySite, type SiteCopy } from "../../scripts/site-copy";
import { gitRepository } from "../git-repository";

const PORT = Number(process.env.INTEGRATION_PORT_PREVIEW ?? 3310);
const WORKFLOW = ".github/workflows/content-preview.yml";
const ARTIFACT_URL = "https://github.example/editors/site/actions/runs/1/artifacts/2";
const TIME_ZONE = siteTimeZone();
const today = calendarDateIn(TIME_ZONE, new Date());
const scheduled = new Date(Date.parse(`${today}T00:00:00Z`) + 10 * 86_400_000)
  .toISOString()
  .slice(0, 10);

let site: SiteCopy;
const ran: Record<string, { status: number | null; stdout: string; stderr: string }> = {};
let summary = "";
let stepSummary = "";

const article = (fields: string, body: string) => `---\n${fields.trim()}\n---\n\n${body}\n`;

const write = (file: string, text: string) => gitRepository(site.dir).write(file, text);
const git = (...args: string[]) => gitRepository(site.dir).git(...args);

/** The value of a workflow's `env:` entry as GitHub gives it here: no repository variables. */
function evaluate(value: unknown): string {
  const text = String(value);
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    if (expression.startsWith("vars.")) return "";
    if (expression === "steps.upload.outputs.artifact-url") return ARTIFACT_URL;
    throw new Error(`The test does not know the workflow expression ${expression}`);
  });
}

type Step = { id?: string; run?: string; env?: Record<string, unknown> };

/** Runs a workflow step's command as GitHub runs `run:` (bash -e -o pipefail) with its env. */
function runStep(
  workflow: { jobs: { preview: { env: Record<string, unknown>; steps: Step[] } } },
  id: string,
  stepSummaryFile: string,
) {
  const job = workflow.jobs.preview;
  const step = job.steps.find((candidate) => candidate.id === id)!;
  const env: NodeJS.ProcessEnv = { ...process.env, CI: "true" };
  for (const [key, value] of Object.entries({ ...job.env, ...step.env }))
    env[key] = evaluate(value);
  Object.assign(env, {
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "pull_request",
    GITHUB_BASE_REF: "main",
    GITHUB_HEAD_REF: "change",
    GITHUB_STEP_SUMMARY: stepSummaryFile,
    PREVIEW_PORT: String(PORT),
  });
  const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run!], {
    cwd: site.dir,
    env,
    encoding: "utf8",
    timeout: 20 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  ran[id] = { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  site = copySite();
  // main: a small content folder, including a file to rename and one to delete.
  fs.rmSync(path.join(site.dir, "content"), { recursive: true, force: true });
  fs.cpSync(path.resolve("tests/fixtures/content-valid"), path.join(site.dir, "content"), {
    recursive: true,
  });
  write(
    "content/news/old-name.md",
    article(
      "title: Partners meet in Dushanbe\ndate: 2023-03-01\nsummary: Partners met in Dushanbe.\ncategory: news\ncountries:\n  - TJ",
      "Partners met in Dushanbe to plan the year.",
    ),
  );
  write(
    "content/news/to-delete.md",
    article(
      "title: An item to remove\ndate: 2022-05-05\nsummary: It goes.\ncategory: news\naliases:\n  - its-first-name",
      "This item is removed by the change.",
    ),
  );
  git("init", "--quiet", "--initial-branch=main");
  git("add", "--all");
  git("commit", "--quiet", "-m", "The site with its content");
  // As actions/checkout leaves it (fetch-depth: 0): the base branch as origin/main.
  git("update-ref", "refs/remotes/origin/main", "main");

  // The pull request's branch.
  git("checkout", "--quiet", "-b", "change");
  // The photo beside its article, as an editor adds it in the same pull request.
  fs.copyFileSync(
    path.resolve("tests/fixtures/public/images/preview-photo.png"),
    path.join(site.dir, "content/news/photo-article.png"),
  );
  write(
    "content/news/photo-article.md",
    article(
      "title: Survivors' services open in Almaty\ndate: 2024-05-01\nsummary: New services for survivors of violence opened in Almaty.\ncategory: news\nlocation: Almaty\ninitiatives:\n  - spotlight\ncountries:\n  - KZ\ntags:\n  - prevention\nimage:\n  src: ./photo-article.png\n  alt: A hill under a blue sky",
      "New services opened in Almaty.",
    ),
  );
  write(
    "content/news/photo-article.ru.md",
    article(
      "title: В Алматы открылись службы для пострадавших\nsummary: В Алматы открылись новые службы для пострадавших от насилия.\nlocation: Алматы\nimage:\n  alt: Холм под голубым небом",
      "В Алматы открылись новые службы.",
    ),
  );
  write(
    "content/news/scheduled-item.md",
    article(
      `title: A statement of the partners on the International Day for the Elimination of Violence\ndate: ${scheduled}\nsummary: The partners will speak together.\ncategory: news`,
      "The partners will speak together.",
    ),
  );
  git("mv", "content/news/old-name.md", "content/news/new-name.md");
  const renamed = path.join(site.dir, "content/news/new-name.md");
  fs.writeFileSync(
    renamed,
    fs
      .readFileSync(renamed, "utf8")
      .replace("category: news\n", "category: news\naliases:\n  - old-name\n"),
  );
  git("rm", "--quiet", "content/news/to-delete.md");
  git("add", "--all");
  git("commit", "--quiet", "-m", "An article with a photo, a scheduled item, a rename, a deletion");
  // Not committed yet: a file with a mistake.
  write(
    "content/news/broken.md",
    article(
      "title: A broken item\ndate: 21 June 2021\nsummary: Its date is wrong.\ncategory: news",
      "Text.",
    ),
  );

  const workflow = parse(fs.readFileSync(path.join(site.dir, WORKFLOW), "utf8"));
  const stepSummaryFile = path.join(site.dir, "step-summary.md");
  fs.writeFileSync(stepSummaryFile, "");
  for (const id of ["check", "preview", "summary"]) runStep(workflow, id, stepSummaryFile);
  summary = fs.readFileSync(path.join(site.dir, "preview/summary.md"), "utf8");
  stepSummary = fs.readFileSync(stepSummaryFile, "utf8");
}, 30 * 60_000);

afterAll(() => site?.remove());

/** The colour of a PNG's top-left pixel (its first row is enough: no filter changes it). */
function topLeftPixel(file: string): [number, number, number] {
  const png = fs.readFileSync(file);
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("ascii", offset + 4, offset + 8);
    if (type === "IDAT") chunks.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const rows = zlib.inflateSync(Buffer.concat(chunks));
  return [rows[1]!, rows[2]!, rows[3]!]; // after the first row's filter byte
}

const day = (date: string) => formatDate(date, "en");
/** A page's address in every language, as the summary lists them: `/x`, `/ru/x`, … */
const everyLanguage = (page: string) =>
  LOCALES.map((locale) => `\`${locale === "en" ? page || "/" : `/${locale}${page}`}\``).join(", ");
const NATIONAL = "Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen";

describe("the content-preview workflow on a pull request", () => {
  it("the check fails on the broken file, with its message as an annotation", () => {
    expect(ran.check!.status).toBe(1);
    expect(ran.check!.stdout).toContain(
      '::error file=content/news/broken.md,line=3::date: "21 June 2021" is not a date — write it as YYYY-MM-DD, e.g. 2021-06-21',
    );
  });

  it("the preview still runs and succeeds", () => {
    expect(ran.preview!.stderr).toBe("");
    expect(ran.preview!.status).toBe(0);
  });

  it("summary.md says what the change will publish, line by line", () => {
    // An article with a photo has a JPEG card built from it (issue 15), the others a PNG.
    const images = (slug: string, locale: string, language: string, card = "png") =>
      `  - ${language}: [phone](images/news-${slug}-${locale}-phone.png) · [desktop](images/news-${slug}-${locale}-desktop.png) · [phone, dark](images/news-${slug}-${locale}-phone-dark.png) · ` +
      `[link-preview image](images/news-${slug}-${locale}-link-preview-image.${card}) · ` +
      `[as shared in a messenger](images/news-${slug}-${locale}-link-preview-mock.png)`;
    const untranslated = `- **Translations:** English (original) ✓; Russian, ${NATIONAL}: missing — readers see the English text, marked as English`;
    // Five languages show the Russian page's text under their own menus: not pictured.
    const notPictured = (shown: string) =>
      `  - ${NATIONAL}: not pictured — the same ${shown} text as above, under their own menus`;
    const noPicture =
      "  - ⚠️ No picture: link previews will show the generated card. Add `image:` with `src` and `alt` to show a photo.";
    const year = scheduled.slice(0, 4);
    expect(summary.split("\n")).toEqual([
      "# Preview of this change",
      "",
      `Compared with \`origin/main\`: 5 items changed. Shown as the site will be on ${day(scheduled)} (${TIME_ZONE}), when the last scheduled item is public.`,
      "",
      "Drafts and scheduled items are shown as they will look once public, under a yellow “Preview” banner that the site itself does not have.",
      "",
      "## Content check",
      "",
      "✗ 1 problem in 1 file. Fix it before merging (CONTRIBUTING.md, “What the messages mean”); an item with a problem is not previewed until then.",
      "",
      "```text",
      'content/news/broken.md:3  date: "21 June 2021" is not a date — write it as YYYY-MM-DD, e.g. 2021-06-21',
      "```",
      "",
      // Items by type, then file name.
      "## News: “A broken item”",
      "",
      "- **Files:** `content/news/broken.md` (new)",
      "- **Not previewed:** fix the 1 problem the content check lists above first.",
      "",
      "## News: “Partners meet in Dushanbe”",
      "",
      "- **Files:** `content/news/old-name.md` → `content/news/new-name.md` (renamed)",
      `- **Address:** ${everyLanguage("/news/new-name")}`,
      // Asked of the served preview: both answered 308 with the new address.
      `- **Former address:** ${LOCALES.map((locale) => {
        const prefix = locale === "en" ? "" : `/${locale}`;
        return `\`${prefix}/news/old-name\` redirects to \`${prefix}/news/new-name\``;
      }).join("; ")}`,
      "- **Publication:** public as soon as the pull request is merged.",
      "- **Appears on:**",
      `  - Home page: ${everyLanguage("")}`,
      `  - All news: ${everyLanguage("/news")}`,
      `  - News of 2023: ${everyLanguage("/news/year/2023")}`,
      `  - Country: Tajikistan: ${everyLanguage("/countries/tj")}`,
      `  - News feeds (RSS, Atom, JSON Feed): ${everyLanguage("/feed.xml")}`,
      untranslated,
      "- **Warnings:**",
      noPicture,
      "- **Images:**",
      images("new-name", "en", "English"),
      images("new-name", "ru", "Russian"),
      notPictured("English"),
      "",
      "## News: “Survivors' services open in Almaty”",
      "",
      "- **Files:** `content/news/photo-article.md` (new), `content/news/photo-article.ru.md` (new)",
      `- **Address:** ${everyLanguage("/news/photo-article")}`,
      "- **Publication:** public as soon as the pull request is merged.",
      "- **Appears on:**",
      `  - Home page: ${everyLanguage("")}`,
      `  - All news: ${everyLanguage("/news")}`,
      `  - News of 2024: ${everyLanguage("/news/year/2024")}`,
      `  - Country: Kazakhstan: ${everyLanguage("/countries/kz")}`,
      `  - Topic: Prevention: ${everyLanguage("/tags/prevention")}`,
      `  - Initiative: Spotlight: ${everyLanguage("/initiatives/spotlight")}`,
      `  - News feeds (RSS, Atom, JSON Feed): ${everyLanguage("/feed.xml")}`,
      `- **Translations:** English (original) ✓; Russian ✓; ${NATIONAL}: missing — readers see the Russian text, marked as Russian`,
      "- **Warnings:**",
      "  - ⚠️ The picture is 1600 × 1000 pixels; link previews crop it to 1200 × 630 (1.91 : 1): check in the link preview that nothing important is cut off.",
      "- **Images:**",
      images("photo-article", "en", "English", "jpg"),
      images("photo-article", "ru", "Russian", "jpg"),
      notPictured("Russian"),
      "",
      "## News: “A statement of the partners on the International Day for the Elimination of Violence”",
      "",
      "- **Files:** `content/news/scheduled-item.md` (new)",
      `- **Address:** ${everyLanguage("/news/scheduled-item")}`,
      `- **Publication:** scheduled: hidden until ${day(scheduled)}, then public from midnight (${TIME_ZONE} time) by itself, without a new deployment.`,
      `- **Appears on, from ${day(scheduled)}:**`,
      `  - Home page: ${everyLanguage("")}`,
      `  - All news: ${everyLanguage("/news")}`,
      `  - News of ${year}: ${everyLanguage(`/news/year/${year}`)}`,
      `  - News feeds (RSS, Atom, JSON Feed): ${everyLanguage("/feed.xml")}`,
      untranslated,
      "- **Warnings:**",
      noPicture,
      "  - ⚠️ The title has 84 characters; link previews show about 70, so it will be cut: “A statement of the partners on the International Day for the Eliminati…”",
      "- **Images:**",
      images("scheduled-item", "en", "English"),
      images("scheduled-item", "ru", "Russian"),
      notPictured("English"),
      "",
      "## Deleted — News: “An item to remove”",
      "",
      "- **Files:** `content/news/to-delete.md` (deleted)",
      // Its own name and its alias, in each language; the preview answered 404 for each.
      `- **Addresses that stop working:** ${["to-delete", "its-first-name"]
        .flatMap((slug) =>
          everyLanguage(`/news/${slug}`)
            .split(", ")
            .map((address) => `${address} will answer “page not found”`),
        )
        .join("; ")}`,
      "- **Warnings:**",
      "  - ⚠️ Deleted, and no item lists `to-delete` in its `aliases`: its addresses will answer “page not found” and links to it break. To hide an item, prefer `draft: true`; if another item replaces it, add `to-delete` to that item's `aliases`.",
      "",
    ]);
  });

  it("the job summary is summary.md, its image links leading to the artifact", () => {
    expect(ran.summary!.status).toBe(0);
    expect(stepSummary).toBe(forJobSummary(summary, ARTIFACT_URL));
  });

  it("every picture it links to, at its size", () => {
    const links = [...summary.matchAll(/\[([^\]]+)\]\((images\/[^)]+)\)/g)];
    // 3 items previewed, pictured in English and Russian, with 5 pictures each.
    expect(links).toHaveLength(3 * 2 * 5);
    for (const [, label, file] of links) {
      const absolute = path.join(site.dir, "preview", file!);
      const { width, height } = imageSize(fs.readFileSync(absolute));
      const expected: Record<string, [number, number?]> = {
        phone: [390],
        desktop: [1280],
        "phone, dark": [390],
        "as shared in a messenger": [880],
        "link-preview image": [1200, 630],
      };
      const [expectedWidth, expectedHeight] = expected[label!]!;
      expect(width, file).toBe(expectedWidth);
      if (expectedHeight) expect(height, file).toBe(expectedHeight);
      else expect(height, file).toBeGreaterThanOrEqual(label!.startsWith("as shared") ? 400 : 844);
    }
  });

  it("marks the scheduled item's screenshots as a preview, and only those", () => {
    const images = path.join(site.dir, "preview/images");
    for (const shot of ["en-phone", "en-desktop", "en-phone-dark", "ru-phone"]) {
      expect(topLeftPixel(path.join(images, `news-scheduled-item-${shot}.png`)), shot).toEqual([
        255, 214, 0,
      ]);
      expect(topLeftPixel(path.join(images, `news-photo-article-${shot}.png`)), shot).not.toEqual([
        255, 214, 0,
      ]);
    }
  });
});
