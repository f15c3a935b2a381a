/**
 * The content check and the build read every file the same way. Files as editors' systems
 * save them — Windows (CRLF) and mixed line endings, Word's curly quotes, a UTF-8 byte-order
 * mark — go through `npm run build` on a copy of the site: what the check refuses stops the
 * build with the check's message, naming each file; once fixed as the message says, and for a
 * file the check passes as it is (the BOM), the real build succeeds and the page shows the
 * values exactly as written.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySite, run, serve, type SiteCopy } from "../../scripts/site-copy";

const PORT = Number(process.env.INTEGRATION_PORT_ENCODINGS ?? 3176);
/** A full build and a server start, sized for a busy 2-core machine (a build took 11 minutes there). */
const BUILD_TIMEOUT = 20 * 60_000;
const broken = path.resolve("tests/fixtures/content-broken/news");
const REFUSED = ["windows-line-endings.md", "mixed-line-endings.md", "curly-quotes.md"];
let site: SiteCopy;

beforeAll(() => {
  site = copySite();
  fs.cpSync(path.resolve("tests/fixtures/content-valid"), site.contentDir, { recursive: true });
  for (const file of REFUSED) fs.copyFileSync(path.join(broken, file), newsFile(file));
  fs.copyFileSync(
    path.resolve("tests/fixtures/content-encoding/news/saved-with-bom.md"),
    newsFile("saved-with-bom.md"),
  );
});

afterAll(() => site?.remove());

const newsFile = (name: string) => path.join(site.contentDir, "news", name);

function build(): { status: number; output: string } {
  try {
    const output = run("sh", ["-c", "npm run --silent build 2>&1"], site.dir, {
      CONTENT_DIR: "test-content",
    });
    return { status: 0, output };
  } catch (error) {
    const failure = error as { status: number; stdout: string };
    return { status: failure.status, output: failure.stdout };
  }
}

describe("files as editors' systems save them, through a real build", () => {
  it(
    "the build stops at the content check, which names each refused file and its fix",
    {
      timeout: BUILD_TIMEOUT,
    },
    () => {
      const result = build();
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(
        "test-content/news/windows-line-endings.md:1  has Windows line endings (CRLF), which the site cannot read — save it with Unix line endings (LF)",
      );
      expect(result.output).toContain(
        "test-content/news/mixed-line-endings.md:3  has mixed line endings",
      );
      expect(result.output).toContain(
        'test-content/news/curly-quotes.md:2  title: is wrapped in typographic quotes (“…”), which readers would see in the page and link previews — remove them, or use straight quotes: title: "Regional workshop"',
      );
      expect(result.output).not.toContain("saved-with-bom.md");
      expect(result.output).toMatch(/Content check failed: 3 problems in 3 files/);
      expect(fs.existsSync(path.join(site.dir, ".next"))).toBe(false);
    },
  );

  it(
    "once fixed as the messages say, the site builds and shows each value as written",
    {
      timeout: BUILD_TIMEOUT,
    },
    async () => {
      for (const file of REFUSED.slice(0, 2)) {
        const text = fs.readFileSync(newsFile(file), "utf8");
        fs.writeFileSync(newsFile(file), text.replace(/\r\n?/g, "\n"));
      }
      const curly = fs.readFileSync(newsFile("curly-quotes.md"), "utf8");
      fs.writeFileSync(
        newsFile("curly-quotes.md"),
        curly.replace("title: “Regional workshop”", 'title: "Regional workshop"'),
      );
      const result = build();
      expect(result.output).not.toMatch(/Content check failed/);
      expect(result.status).toBe(0);

      const server = await serve(site.dir, PORT);
      try {
        const page = async (pathname: string) => {
          const response = await fetch(server.url + pathname);
          return { status: response.status, html: await response.text() };
        };
        const curlyPage = await page("/news/curly-quotes");
        expect(curlyPage.status).toBe(200);
        // The title as written, without the curly quotes, in the page, its <title> and link previews.
        expect(curlyPage.html).toContain("<title>Regional workshop · ");
        expect(curlyPage.html).toMatch(/<h1[^>]*>Regional workshop<\/h1>/);
        expect(curlyPage.html).toContain('<meta property="og:title" content="Regional workshop"/>');

        // The values before the closing --- of a file once saved with CRLF carry no carriage return.
        const windows = await page("/news/windows-line-endings");
        expect(windows.status).toBe(200);
        expect(windows.html).toContain('href="mailto:aigerim@unwomen.org"');
        expect((await page("/news/mixed-line-endings")).status).toBe(200);

        // A byte-order mark is read by the check and the build alike: no fix needed.
        const bom = await page("/news/saved-with-bom");
        expect(bom.status).toBe(200);
        expect(bom.html).toContain("<title>Saved with a byte-order mark · ");
        expect(bom.html).toContain('href="mailto:aigerim@unwomen.org"');
        expect(bom.html).not.toContain("\uFEFF");
      } finally {
        await server.stop();
      }
    },
  );
});
