import { describe, expect, it } from "vitest";
import { sanitizeHtml } from "@/lib/content/sanitize-html";

/** What the Markdown pipeline produces for ordinary content. */
const LEGITIMATE = [
  '<h2 id="user-content-background">Background</h2>',
  '<p>Text with <strong>bold</strong>, <em>italic</em> and a <a href="https://www.unwomen.org" rel="noopener noreferrer">link</a>.</p>',
  "<ul>\n<li>one</li>\n<li>two</li>\n</ul>",
  '<p><img src="/images/photo.jpg" alt="Participants"></p>',
  '<table><thead><tr><th align="left">Country</th></tr></thead><tbody><tr><td align="left">Kazakhstan</td></tr></tbody></table>',
  "<blockquote>\n<p>A quote.</p>\n</blockquote>",
  '<p><a href="/news/other-article">Internal link</a></p>',
].join("\n");

describe("render-time sanitisation of document bodies", () => {
  it("leaves ordinary Markdown output unchanged", () => {
    expect(sanitizeHtml(LEGITIMATE)).toBe(LEGITIMATE);
  });

  it("is idempotent (ids are not prefixed twice)", () => {
    const once = sanitizeHtml('<h2 id="intro">Intro</h2>');
    expect(once).toBe('<h2 id="user-content-intro">Intro</h2>');
    expect(sanitizeHtml(once)).toBe(once);
  });

  it.each([
    ["<script>alert(1)</script><p>x</p>", "<p>x</p>"],
    ['<p onclick="alert(1)">x</p>', "<p>x</p>"],
    ['<a href="javascript:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', "<a>x</a>"],
    ['<img src="https://tracker.example/pixel.gif" alt="">', '<img alt="">'],
    ['<img src="//tracker.example/pixel.gif" alt="">', '<img alt="">'],
    ['<img src="/\\tracker.example/pixel.gif" alt="">', '<img alt="">'],
    ['<img src="/\t/tracker.example/pixel.gif" alt="">', '<img alt="">'],
    ['<iframe src="https://example.org"></iframe><p>x</p>', "<p>x</p>"],
    ['<p style="color:red">x</p>', "<p>x</p>"],
    ["<style>body{display:none}</style><p>x</p>", "<p>x</p>"],
    ['<form action="https://evil.example"><input name="q"></form>', ""],
    ['<object data="x.swf"></object><embed src="x.swf">', ""],
    ["<svg><script>alert(1)</script></svg>", ""],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', ""],
    ['<base href="https://evil.example/">', ""],
  ])("removes %s", (input, expected) => {
    expect(sanitizeHtml(input)).toBe(expected);
  });
});

describe("links to other sites", () => {
  it("keep the rel the Markdown pipeline gives them, and nothing else", () => {
    const html = '<p><a href="https://example.org/x" rel="noopener noreferrer">out</a></p>';
    expect(sanitizeHtml(html)).toBe(html);
    // Any other value is dropped.
    expect(sanitizeHtml('<a href="https://example.org/x" rel="opener">out</a>')).toBe(
      '<a href="https://example.org/x" rel="">out</a>',
    );
  });
});
