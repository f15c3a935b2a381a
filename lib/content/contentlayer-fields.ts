/**
 * Derives Contentlayer field definitions from the zod front-matter schemas, so the
 * Contentlayer configuration never restates the content contract. Contentlayer only
 * needs the coarse shape (so it can refuse unknown or missing keys); the precise
 * rules stay in zod and are enforced by the content check and the runtime corpus.
 */
import type { z } from "zod";

type ContentlayerField =
  | { type: "string" | "number" | "boolean" | "json"; required: boolean }
  | { type: "enum"; options: string[]; required: boolean }
  | { type: "list"; of: { type: "string" }; required: boolean };

type ZodDef = { type: string; innerType?: z.ZodType; element?: z.ZodType; entries?: object };
const defOf = (schema: z.ZodType) => schema.def as unknown as ZodDef;

function toField(schema: z.ZodType, required: boolean): ContentlayerField {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
      return toField(def.innerType!, false);
    case "string":
    case "number":
    case "boolean":
      return { type: def.type, required };
    case "enum":
      return { type: "enum", options: Object.values(def.entries ?? {}) as string[], required };
    case "array":
      return defOf(def.element!).type === "string"
        ? { type: "list", of: { type: "string" }, required }
        : { type: "json", required };
    default:
      return { type: "json", required };
  }
}

export function contentlayerFields(
  schema: z.ZodObject,
): Record<string, ContentlayerField> {
  return Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]) => [name, toField(field as z.ZodType, true)]),
  );
}
