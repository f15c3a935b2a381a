/**
 * Pictures in a document's text, `![what it shows](./picture.jpg "caption")`: each becomes the
 * same `<picture>` as an article's own (AVIF and WebP at the widths made, the fallback, its
 * intrinsic size), loaded lazily; a picture alone in its paragraph becomes a `<figure>`, with
 * the title as its caption. A picture the media build did not make (or from another site, which
 * the sanitiser has already dropped) is removed rather than shown broken.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import { sanitizeHtml } from "../content/sanitize-html";
import { pictureFor } from "./manifest";
import { pictureMarkup } from "./picture-markup";
import type { Picture } from "./variants";

export type ResolvePicture = (src: string) => Picture | undefined;

function pictureElement(picture: Picture, alt: string): Element {
  const { sources, img } = pictureMarkup(picture, { alt, variant: "figure" });
  return {
    type: "element",
    tagName: "picture",
    properties: {},
    children: [
      ...sources.map((source): Element => ({
        type: "element",
        tagName: "source",
        properties: { ...source },
        children: [],
      })),
      { type: "element", tagName: "img", properties: { ...img }, children: [] },
    ],
  };
}

const isBlank = (node: ElementContent) => node.type === "text" && !node.value.trim();

/** Replaces the document body's pictures, in place. */
export function replaceBodyPictures(tree: Root, resolve: ResolvePicture): void {
  const visit = (parent: Root | Element) => {
    parent.children = parent.children.flatMap((child): (RootContent & ElementContent)[] => {
      if (child.type !== "element") return [child as RootContent & ElementContent];
      const alone = child.tagName === "p" ? child.children.filter((node) => !isBlank(node)) : [];
      const only =
        alone.length === 1 && alone[0]!.type === "element" && alone[0]!.tagName === "img"
          ? alone[0]
          : undefined;
      if (only) {
        const picture = resolve(String(only.properties.src ?? ""));
        if (!picture) return [];
        const caption = String(only.properties.title ?? "").trim();
        return [
          {
            type: "element",
            tagName: "figure",
            properties: {},
            children: [
              pictureElement(picture, String(only.properties.alt ?? "")),
              ...(caption
                ? [
                    {
                      type: "element",
                      tagName: "figcaption",
                      properties: {},
                      children: [{ type: "text", value: caption }],
                    } as Element,
                  ]
                : []),
            ],
          },
        ];
      }
      if (child.tagName === "img") {
        const picture = resolve(String(child.properties.src ?? ""));
        return picture ? [pictureElement(picture, String(child.properties.alt ?? ""))] : [];
      }
      visit(child);
      return [child];
    });
  };
  visit(tree);
}

/**
 * A document's body HTML as pages and feeds show it: sanitised once more (the last line of
 * defence), its pictures (`./picture.jpg`, relative to its file `sourcePath` in the content
 * folder) replaced with the ones the media build made.
 */
export function bodyHtml({ html, sourcePath }: { html: string; sourcePath: string }): string {
  return sanitizeHtml(html, (tree) =>
    replaceBodyPictures(tree, (src) => pictureFor(sourcePath, src)),
  );
}
