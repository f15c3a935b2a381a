import { describe, expect, it } from "vitest";
import { SHARE_TARGETS, shareLinks } from "@/lib/share";

const item = {
  url: "https://example.org/news/alliance-launch",
  title: "Альянс & партнёры: Қазақстан",
  summary: "One sentence.",
};
const links = Object.fromEntries(shareLinks(item).map(({ target, href }) => [target, href]));

describe("shareLinks", () => {
  it("gives one link per service, in a fixed order", () => {
    expect(shareLinks(item).map((link) => link.target)).toEqual([...SHARE_TARGETS]);
    expect(SHARE_TARGETS).toEqual(["telegram", "whatsapp", "facebook", "x", "linkedin", "email"]);
  });

  it("links to each service's own share page over HTTPS", () => {
    expect(new URL(links.telegram!).origin).toBe("https://t.me");
    expect(new URL(links.whatsapp!).origin).toBe("https://wa.me");
    expect(new URL(links.facebook!).origin).toBe("https://www.facebook.com");
    expect(new URL(links.x!).origin).toBe("https://x.com");
    expect(new URL(links.linkedin!).origin).toBe("https://www.linkedin.com");
  });

  it("passes the canonical URL and the title, encoded, so Cyrillic and & survive", () => {
    const telegram = new URL(links.telegram!);
    expect(telegram.pathname).toBe("/share/url");
    expect(telegram.searchParams.get("url")).toBe(item.url);
    expect(telegram.searchParams.get("text")).toBe(item.title);
    expect(links.telegram).not.toContain("&партнёры");

    expect(new URL(links.whatsapp!).searchParams.get("text")).toBe(`${item.title} ${item.url}`);
    expect(new URL(links.facebook!).searchParams.get("u")).toBe(item.url);
    const x = new URL(links.x!);
    expect(x.pathname).toBe("/intent/post");
    expect(x.searchParams.get("url")).toBe(item.url);
    expect(x.searchParams.get("text")).toBe(item.title);
    expect(new URL(links.linkedin!).searchParams.get("url")).toBe(item.url);
  });

  it("writes an e-mail with the title as subject and the summary and link as body", () => {
    expect(links.email).toMatch(/^mailto:\?subject=/);
    const query = new URLSearchParams(links.email!.slice("mailto:?".length));
    expect(query.get("subject")).toBe(item.title);
    expect(query.get("body")).toBe(`One sentence.\r\n\r\n${item.url}`);
    // RFC 6068: spaces as %20, never "+".
    expect(links.email).not.toContain("+");
  });
});
