/** Body rules: no raw HTML, no script links, local images with descriptions, internal links that resolve. */
import type { Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { visit } from "unist-util-visit";
import { renamedTo } from "./alias-rules";
import type { ContentIssue } from "./issues";
import { FOLDER, type Index } from "./reference-rules";
import type { DocumentType } from "./schema";
import type { SourceDocument } from "./source";
import { suggest } from "./suggest";

/** Whether a file exists under public/, given its URL path (e.g. /images/a.jpg). */
export type PublicFileExists = (urlPath: string) => boolean;

const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;
const INTERNAL_LINK = new RegExp(`^/(${Object.values(FOLDER).join("|")})/([^/?#]+)/?(?:[?#].*)?$`);
const COMMENT = /^\s*<!--[\s\S]*?-->\s*$/;
const FOLDER_TO_TYPE = Object.fromEntries(
  Object.entries(FOLDER).map(([type, folder]) => [folder, type as DocumentType]),
) as Record<string, DocumentType>;

/** Body rules: no raw HTML, no script links, images stored locally, internal links that resolve. */
export function bodyIssues(
  document: SourceDocument,
  index: Index,
  publicFileExists?: PublicFileExists,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const tree: Root = fromMarkdown(document.body, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const at = (node: RootContent) => ({
    file: document.file,
    line: (node.position?.start.line ?? 1) + document.bodyLine - 1,
    field: "body",
  });
  visit(tree, (node) => {
    const content = node as RootContent;
    if (content.type === "html" && !COMMENT.test(content.value)) {
      issues.push({
        ...at(content),
        message: `contains raw HTML (${content.value.trim().slice(0, 40)}) — HTML is not allowed; use Markdown instead, e.g. **bold**, [link text](https://…)`,
      });
    }
    if (content.type === "link" || content.type === "definition") {
      const url = content.url;
      if (SCRIPT_URL.test(url)) {
        issues.push({
          ...at(content),
          message: `has a "${url.split(":")[0]}:" link — links must go to web pages (https://…) or pages of this site (/news/…)`,
        });
        return;
      }
      const internal = INTERNAL_LINK.exec(url);
      if (internal) {
        const type = FOLDER_TO_TYPE[internal[1]!]!;
        const slug = decodeURIComponent(internal[2]!);
        const renamed = index[type].has(slug) ? undefined : renamedTo(index[type].values(), slug);
        if (renamed) {
          issues.push({
            ...at(content),
            message: `links to ${url}, the former address of /${internal[1]}/${renamed.slug} — link to /${internal[1]}/${renamed.slug} (the old address only redirects)`,
          });
        } else if (!index[type].has(slug)) {
          const hint = suggest(slug, [...index[type].keys()]);
          issues.push({
            ...at(content),
            message: `links to ${url}, which is not a page${hint ? ` — did you mean /${internal[1]}/${hint}?` : ` — check the address against the files in content/${internal[1]}/`}`,
          });
        }
      }
    }
    if (content.type === "image") {
      if (/^[a-z][a-z0-9+.-]*:/i.test(content.url) || content.url.startsWith("//")) {
        issues.push({
          ...at(content),
          message: `uses an image from another site (${content.url}) — save the image under public/images/ and write its path, e.g. /images/photo.jpg (other sites could see who reads this page)`,
        });
      } else if (publicFileExists && !publicFileExists(content.url)) {
        issues.push({ ...at(content), message: `the image ${content.url} does not exist — add it under public${content.url}` });
      }
      if (!content.alt?.trim()) {
        issues.push({
          ...at(content),
          message: "an image has no description — write one between the brackets: ![what the picture shows](/images/photo.jpg)",
        });
      }
    }
  });
  return issues;
}

