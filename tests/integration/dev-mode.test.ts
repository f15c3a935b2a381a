/**
 * `npm run dev` shows editors the truth: a file with a problem (one Contentlayer reads, one it
 * cannot) breaks only its own page, which lists the content check's message; every other page
 * answers as usual; a draft and a scheduled item are visible, each with its notice. Runs the
 * real `npm run dev` on a copy of the site, which compiles each route on its first request
 * (slow on a busy machine).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "@/lib/format";
import { calendarDateIn, DEFAULT_TIME_ZONE } from "@/lib/publication";
import { copySite, waitUntilAnswering, type SiteCopy } from "../../scripts/site-copy";
import { PROCESS_TEST_TIMEOUT } from "../timeouts";

// Each first request compiles its route: minutes on a busy 2-core machine.
const DEV_TIMEOUT = 2 * PROCESS_TEST_TIMEOUT;
const PORT = Number(process.env.INTEGRATION_PORT_DEV ?? 3178);
const url = `http://127.0.0.1:${PORT}`;
let site: SiteCopy;
let dev: ChildProcess;
let output = "";

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

const today = calendarDateIn(DEFAULT_TIME_ZONE, new Date());
const nextWeek = addDays(today, 7);

const item = (slug: string, front: string) =>
  fs.writeFileSync(
    path.join(site.contentDir, `news/${slug}.md`),
    `---\n${front}summary: Text for the dev-mode test.\ncategory: news\n---\n\nThe text.\n`,
  );

beforeAll(async () => {
  site = copySite();
  fs.cpSync(path.resolve("tests/fixtures/content-valid"), site.contentDir, { recursive: true });
  // Contentlayer accepts it (a text field); the content check refuses the address.
  fs.writeFileSync(
    path.join(site.contentDir, "news/broken-contact.md"),
    `---\ntitle: Broken contact\ndate: ${today}\nsummary: A contact with a bad address.\ncategory: news\ncontacts:\n  - name: Press office\n    email: press-at-unwomen\n---\n\nThe text.\n`,
  );
  // Contentlayer cannot read it at all: in development it skips it and makes the others.
  fs.writeFileSync(
    path.join(site.contentDir, "news/bad-yaml.md"),
    `---\ntitle: Almaty: the alliance is launched\ndate: ${today}\nsummary: S.\ncategory: news\n---\n\nText.\n`,
  );
  item("draft-item", `title: Draft item\ndate: ${today}\ndraft: true\n`);
  item("scheduled-item", `title: Scheduled item\ndate: ${nextWeek}\n`);
  // Not vitest's NODE_ENV ("test"): what `npm run dev` runs with in a terminal.
  const env = {
    ...process.env,
    NODE_ENV: "development" as const,
    PORT: String(PORT),
    CONTENT_DIR: site.contentDir,
  };
  dev = spawn("npm", ["run", "--silent", "dev"], {
    cwd: site.dir,
    env,
    detached: true, // its own process group: contentlayer and next dev stop with it
    stdio: ["ignore", "pipe", "pipe"],
  });
  dev.stdout?.on("data", (chunk) => (output += chunk));
  dev.stderr?.on("data", (chunk) => (output += chunk));
  await waitUntilAnswering(url);
}, DEV_TIMEOUT);

afterAll(async () => {
  if (dev?.pid && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev.once("exit", resolve));
    try {
      process.kill(-dev.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    try {
      process.kill(-dev.pid, "SIGKILL");
    } catch {
      // stopped
    }
  }
  site?.remove();
}, PROCESS_TEST_TIMEOUT);

async function get(pathname: string) {
  const response = await fetch(url + pathname, { redirect: "manual" });
  return { status: response.status, text: await response.text() };
}

describe("npm run dev", () => {
  it(
    "shows the content check's message at the broken item's address",
    async () => {
      const page = await get("/news/broken-contact");
      expect(page.text, output).toContain("This file has a problem");
      expect(page.text).toMatch(
        /test-content\/news\/broken-contact\.md:\d+ {2}contacts\[0\]\.email: /,
      );
      expect(page.text).not.toContain("at Object.");
      const unreadable = await get("/news/bad-yaml");
      expect(unreadable.text, output).toMatch(
        /test-content\/news\/bad-yaml\.md:2 {2}the front matter cannot be read/,
      );
    },
    DEV_TIMEOUT,
  );

  it(
    "serves every other page as usual",
    async () => {
      const home = await get("/");
      expect(home.status, output).toBe(200);
      const statement = await get("/news/statement");
      expect(statement.status).toBe(200);
      expect(statement.text).toContain("A joint statement");
      expect(statement.text).not.toContain("This file has a problem");
      const list = await get("/news");
      expect(list.status).toBe(200);
      expect(list.text).not.toContain("Broken contact");
    },
    DEV_TIMEOUT,
  );

  it(
    "shows a draft and a scheduled item, each with its notice",
    async () => {
      const draft = await get("/news/draft-item");
      expect(draft.status, output).toBe(200);
      expect(draft.text).toContain("Draft: not public");
      const scheduled = await get("/news/scheduled-item");
      expect(scheduled.status).toBe(200);
      expect(scheduled.text).toContain(`Scheduled: public on ${formatDate(nextWeek, "en")}`);
      const statement = await get("/news/statement");
      expect(statement.text).not.toContain("data-unpublished");
    },
    DEV_TIMEOUT,
  );
});
