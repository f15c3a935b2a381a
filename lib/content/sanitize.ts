import { defaultSchema, type Options } from "rehype-sanitize";

/**
 * An image source on this site: a picture beside the document (`./photo.jpg`, which the page
 * replaces with the pictures the media build made), or a path from the root, with no second
 * slash or backslash after the first (browsers read `//host` and `/\host` as another site) and
 * no whitespace (which URL parsing removes). Everything else is dropped.
 */
export const LOCAL_IMAGE_SOURCE = /^(?:\.\/|\/(?![/\\]))[^\s\\]*$/;

/**
 * GitHub's sanitising schema, tightened for a site that must make no third-party
 * requests and pass accessibility checks:
 * - images may only come from this site (any other `src` is dropped);
 * - `<script>` and `<style>` elements are dropped with their content;
 * - task-list checkboxes are dropped (an unlabelled form control is an axe violation);
 * - a link may say `rel="noopener noreferrer"`, which links to other sites are given.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== "input"),
  strip: [...(defaultSchema.strip ?? []), "style"],
  attributes: {
    ...defaultSchema.attributes,
    // Links to other sites carry rel="noopener noreferrer" (rehype-external-links).
    a: [...(defaultSchema.attributes?.a ?? []), ["rel", "noopener", "noreferrer"]],
    img: [
      ...(defaultSchema.attributes?.img ?? []).filter((attribute) => attribute !== "src"),
      ["src", LOCAL_IMAGE_SOURCE],
    ],
  },
};
