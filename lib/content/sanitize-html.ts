import type { Element, Nodes, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { sanitizeSchema } from "./sanitize";

const PREFIX = sanitizeSchema.clobberPrefix ?? "";
const CLOBBERED = new Set<string>(sanitizeSchema.clobber ?? []);

/** Removes the prefix a previous pass gave to ids and names, so sanitising twice changes nothing. */
function unprefix(node: Nodes) {
  if (node.type === "element") {
    const properties = (node as Element).properties;
    for (const key of Object.keys(properties)) {
      if (!CLOBBERED.has(key)) continue;
      const value = properties[key];
      const strip = (text: unknown) =>
        typeof text === "string" && PREFIX && text.startsWith(PREFIX)
          ? text.slice(PREFIX.length)
          : text;
      properties[key] = Array.isArray(value)
        ? (value.map(strip) as typeof value)
        : (strip(value) as typeof value);
    }
  }
  if ("children" in node) for (const child of node.children) unprefix(child as Nodes);
}

/**
 * Sanitises a document body's HTML when a page renders it, with the same schema as the
 * Markdown pipeline (lib/content/sanitize.ts): no scripts, event handlers, styles, forms,
 * frames or remote images. `afterwards` works on the sanitised tree. The content check refuses raw HTML and Contentlayer already
 * sanitises; this is the last line of defence, right before the HTML reaches the page.
 */
export function sanitizeHtml(html: string, afterwards?: (tree: Root) => void): string {
  const tree: Root = fromHtml(html, { fragment: true });
  unprefix(tree);
  const clean = sanitize(tree, sanitizeSchema) as Root;
  // What is added to the sanitised tree (the body's pictures, lib/media/body-pictures.ts) is
  // made by the site from its own media manifest, not taken from the document.
  afterwards?.(clean);
  return toHtml(clean);
}

