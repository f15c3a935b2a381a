/**
 * Body rules: no raw HTML, no script links, local images with descriptions, internal
 * links that resolve. Bodies are tokenised with markdown-it (CommonMark + GFM tables and
 * strikethrough), about 25 times faster than building a syntax tree, so checking a large
 * archive stays quick. Rendering is done elsewhere (Contentlayer's remark pipeline, which
 * also sanitises the HTML).
 */
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { renamedTo } from "./alias-rules";
import type { ContentIssue } from "./issues";
import { altProblem, mediaPathProblem } from "./media";
import {
  buildUnreadableIndex,
  unreadableTarget,
  type Index,
  type UnreadableIndex,
} from "./reference-rules";
import { LOCALES } from "../i18n/config";
import { DOCUMENT_TYPES, typeOfFolder, type DocumentType } from "./schema";
import type { SourceDocument } from "./source";
import { suggest } from "./suggest";

const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;
/** Pages that exist only when a document does (topic pages exist as soon as a tag is used). */
const LINKED_TYPES: DocumentType[] = ["news", "initiative", "signatory"];
/** /news/x, /initiatives/x, /signatories/x, or the same in another language (/ru/news/x). */
const INTERNAL_LINK = new RegExp(
  `^(?:/(?:${LOCALES.join("|")}))?/(${LINKED_TYPES.map((type) => DOCUMENT_TYPES[type].folder).join("|")})/([^/?#]+)/?(?:[?#].*)?$`,
);
const COMMENT = /^\s*<!--[\s\S]*?-->\s*$/;

const markdown = new MarkdownIt({ html: true });
// Keep every destination as written: links markdown-it would refuse (javascript:) must
// still be seen, and reported.
markdown.validateLink = () => true;
markdown.normalizeLink = (url) => url;

type Found =
  | { kind: "heading"; line: number; text: string }
  | { kind: "html"; line: number; text: string }
  | { kind: "link"; line: number; url: string }
  | { kind: "image"; line: number; url: string; alt: string; title: string };

/** The raw HTML, links and images of a body, with the body line each starts on (1-based). */
function scan(body: string): Found[] {
  const found: Found[] = [];
  const blocks = markdown.parse(body, {});
  for (const [position, block] of blocks.entries()) {
    let line = (block.map?.[0] ?? 0) + 1;
    if (block.type === "heading_open" && block.tag === "h1") {
      found.push({ kind: "heading", line, text: blocks[position + 1]?.content ?? "" });
    }
    if (block.type === "html_block") found.push({ kind: "html", line, text: block.content });
    for (const token of block.children ?? ([] as Token[])) {
      if (token.type === "softbreak" || token.type === "hardbreak") line++;
      else if (token.type === "html_inline") found.push({ kind: "html", line, text: token.content });
      else if (token.type === "link_open") found.push({ kind: "link", line, url: token.attrGet("href") ?? "" });
      else if (token.type === "image") {
        found.push({
          kind: "image",
          line,
          url: token.attrGet("src") ?? "",
          alt: token.content,
          title: token.attrGet("title") ?? "",
        });
      }
    }
  }
  return found;
}

/** A picture in a body: `![alt](./photo.jpg "caption")`, with its line in the file. */
export type BodyImage = { line: number; src: string; alt: string; caption: string };

/** The pictures of a document's body, with the line of the file each is on. */
export function bodyImages(document: SourceDocument): BodyImage[] {
  if (!document.body.includes("![")) return [];
  return scan(document.body).flatMap((item) =>
    item.kind === "image"
      ? [{ line: item.line + document.bodyLine - 1, src: item.url, alt: item.alt, caption: item.title }]
      : [],
  );
}

export function bodyIssues(
  document: SourceDocument,
  index: Index,
  unreadable: UnreadableIndex = buildUnreadableIndex(),
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  // Most bodies have nothing to look at: skip the parse when no construct is possible.
  if (!/[<[#=]/.test(document.body)) return issues;
  for (const item of scan(document.body)) {
    const at = { file: document.file, line: item.line + document.bodyLine - 1, field: "body" };
    if (item.kind === "heading") {
      issues.push({
        ...at,
        message: `has a top-level heading (# ${item.text.slice(0, 40)}) — the title is the page's only top-level heading: start headings in the text at two hashes, ## ${item.text.slice(0, 40)}`,
      });
    } else if (item.kind === "html") {
      if (COMMENT.test(item.text)) continue;
      issues.push({
        ...at,
        message: `contains raw HTML (${item.text.trim().slice(0, 40)}) — HTML is not allowed; use Markdown instead, e.g. **bold**, [link text](https://…)`,
      });
    } else if (item.kind === "link") {
      if (SCRIPT_URL.test(item.url)) {
        issues.push({
          ...at,
          message: `has a "${item.url.trim().split(":")[0]}:" link — links must go to web pages (https://…) or pages of this site (/news/…)`,
        });
        continue;
      }
      const internal = INTERNAL_LINK.exec(item.url);
      if (!internal) continue;
      const type = typeOfFolder(internal[1]!)!;
      let slug = internal[2]!;
      try {
        slug = decodeURIComponent(slug);
      } catch {
        // a malformed %-escape names no page; reported below
      }
      const renamed = index[type].has(slug) ? undefined : renamedTo(index[type].values(), slug);
      const unreadableFile = unreadable[type].get(slug);
      if (!index[type].has(slug) && unreadableFile) {
        issues.push({ ...at, message: `links to ${item.url}, whose file ${unreadableTarget(unreadableFile)}` });
      } else if (renamed) {
        issues.push({
          ...at,
          message: `links to ${item.url}, the former address of /${internal[1]}/${renamed.slug} — link to /${internal[1]}/${renamed.slug} (the old address only redirects)`,
        });
      } else if (!index[type].has(slug)) {
        const hint = suggest(slug, [...index[type].keys()]);
        issues.push({
          ...at,
          message: `links to ${item.url}, which is not a page${hint ? ` — did you mean /${internal[1]}/${hint}?` : ` — check the address against the files in content/${internal[1]}/`}`,
        });
      }
    } else {
      const problem = mediaPathProblem(item.url, "picture");
      if (problem) issues.push({ ...at, message: `the picture ${problem}` });
      if (!item.alt.trim()) {
        issues.push({
          ...at,
          message:
            "a picture has no description — write what it shows between the brackets: ![what the picture shows](./photo.jpg)",
        });
      } else {
        const altIssue = altProblem(item.alt, item.url);
        if (altIssue) issues.push({ ...at, message: `the picture's description ${altIssue}` });
      }
    }
  }
  return issues;
}
