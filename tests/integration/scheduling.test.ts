/**
 * A scheduled item publishes itself on its date with no rebuild and no redeploy, and is
 * never visible before; a draft is never public. The site is built once; the server is
 * then started again with its clock moved past the date (faketime), as the real server
 * would live through that midnight.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarDateIn, DEFAULT_TIME_ZONE } from "@/lib/publication";
import { pageCsp } from "@/lib/security/policy.mjs";
import { copySite, run, serve, type SiteCopy } from "../../scripts/site-copy";

const PORT = Number(process.env.INTEGRATION_PORT ?? 3170);
let site: SiteCopy;

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

const today = calendarDateIn(DEFAULT_TIME_ZONE, new Date());
const tomorrow = addDays(today, 1);

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

beforeAll(() => {
  site = copySite();
  fs.cpSync(path.resolve("tests/fixtures/content-valid"), site.contentDir, { recursive: true });
  write(
    path.join(site.contentDir, "news/scheduled-item.md"),
    `---\ntitle: Scheduled item\ndate: ${tomorrow}\nsummary: Appears tomorrow.\ncategory: news\n---\n\nText of the scheduled item.\n`,
  );
  write(
    path.join(site.contentDir, "news/draft-item.md"),
    `---\ntitle: Draft item\ndate: ${today}\nsummary: Never public.\ncategory: news\ndraft: true\n---\n\nDraft text.\n`,
  );
  run("npm", ["run", "--silent", "build"], site.dir, { CONTENT_DIR: site.contentDir });
});

afterAll(() => site?.remove());

async function get(url: string) {
  const response = await fetch(url, { redirect: "manual" });
  return {
    status: response.status,
    text: await response.text(),
    csp: response.headers.get("content-security-policy") ?? "",
  };
}

/** ISR serves the stale page once while it renders the fresh one; ask until it is fresh. */
async function eventually(
  url: string,
  predicate: (text: string) => boolean,
): Promise<{ text: string; csp: string }> {
  let response = { text: "", csp: "" };
  for (let attempt = 0; attempt < 40; attempt++) {
    response = await get(url);
    if (predicate(response.text)) return response;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return response;
}

describe("scheduled publication", () => {
  it("hides a scheduled item and a draft today", async () => {
    const server = await serve(site.dir, PORT);
    try {
      expect((await get(`${server.url}/news/scheduled-item`)).status).toBe(404);
      expect((await get(`${server.url}/news/draft-item`)).status).toBe(404);
      const list = await get(`${server.url}/news`);
      expect(list.status).toBe(200);
      expect(list.text).not.toContain("Scheduled item");
      expect(list.text).not.toContain("Draft item");
      expect(list.text).toContain("A joint statement");
    } finally {
      await server.stop();
    }
  });

  it("publishes the scheduled item by itself once its date has come, without a rebuild", async () => {
    const server = await serve(site.dir, PORT, ["faketime", "+2 days"]);
    try {
      const article = await get(`${server.url}/news/scheduled-item`);
      expect(article.status).toBe(200);
      expect(article.text).toContain("Text of the scheduled item.");
      // Rendered on demand, it comes with a policy allowing exactly its own inline scripts.
      expect(article.csp).toContain(pageCsp(article.text));
      const list = await eventually(`${server.url}/news`, (text) =>
        text.includes("Scheduled item"),
      );
      expect(list.text).toContain("Scheduled item");
      // Regenerated (new inline scripts), and its policy regenerated with it.
      expect(list.csp).toContain(pageCsp(list.text));
      expect((await get(`${server.url}/news/draft-item`)).status).toBe(404);
      expect(list.text).not.toContain("Draft item");
    } finally {
      await server.stop();
    }
  });
});
