/**
 * The decision proxy.ts and the server hook share (lib/http/page-request.ts), over the bundled
 * content's records (`npm run content:build` writes them before the unit tests run).
 */
import { describe, expect, it } from "vitest";
import {
  markCheckedPageRequest,
  pageRequest,
  removePageRequestMark,
} from "@/lib/http/page-request";
import { PAGE_REQUEST_CHECKED_HEADER } from "@/lib/routing";
import { news } from "../e2e/content";

const article = `/news/${news[0]!.slug}`;
const none = new URLSearchParams();

/** What the server hook leaves on a request's headers. */
function marked(url: string, headers: Record<string, string> = {}) {
  const own: Record<string, string | string[] | undefined> = { ...headers };
  removePageRequestMark(own);
  markCheckedPageRequest(url, own);
  return own[PAGE_REQUEST_CHECKED_HEADER] === "1";
}

describe("what a page request needs before Next renders it", () => {
  it("serves an existing page at its address as it is", () => {
    expect(pageRequest(article, none).kind).toBe("serve");
    expect(pageRequest(`/ru${article}`, none).kind).toBe("serve");
    expect(pageRequest("/signatories/un-women", none).kind).toBe("serve");
  });

  it("answers the others before any page renders", () => {
    expect(pageRequest("/news/no-such-item", none)).toEqual({ kind: "not-found", locale: "en" });
    expect(pageRequest("/kk/news/no-such-item", none)).toEqual({
      kind: "not-found",
      locale: "kk",
    });
    expect(pageRequest(`/en${article}`, none)).toEqual({ kind: "redirect", location: article });
    expect(pageRequest("/news/", none)).toEqual({ kind: "redirect", location: "/news" });
    expect(pageRequest("/news/%E0%A4%A", none)).toEqual({ kind: "bad-request", locale: "en" });
    expect(pageRequest("/news", new URLSearchParams("q=shelter")).kind).toBe("search");
  });
});

describe("the server hook's mark, which the proxy's matcher skips", () => {
  it("is set on a request that needs nothing from the proxy, query or not", () => {
    expect(marked(article)).toBe(true);
    expect(marked(`${article}?utm_source=telegram`)).toBe(true);
    expect(marked(`/ru${article}`)).toBe(true);
  });

  it("is not set on one the proxy changes, nor on an address it does not read plainly", () => {
    for (const url of [
      "/news/no-such-item",
      `/en${article}`,
      "/news/",
      "/news?q=shelter",
      "/news/%E0%A4%A",
      `${article}%20`,
      "/news/./x",
    ]) {
      expect(marked(url), url).toBe(false);
    }
  });

  it("is removed when a client sends it", () => {
    expect(marked("/news/no-such-item", { [PAGE_REQUEST_CHECKED_HEADER]: "1" })).toBe(false);
  });
});
