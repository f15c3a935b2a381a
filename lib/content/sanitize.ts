import { defaultSchema, type Options } from "rehype-sanitize";

/**
 * GitHub's sanitising schema, tightened for a site that must make no third-party
 * requests and pass accessibility checks:
 * - images may only be local (absolute `src` URLs are dropped);
 * - task-list checkboxes are dropped (an unlabelled form control is an axe violation).
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== "input"),
  protocols: { ...defaultSchema.protocols, src: [] },
};
