/**
 * Derives Contentlayer field definitions from the zod front-matter schemas, so the
 * Contentlayer configuration never restates the content contract. Contentlayer only
 * needs the coarse shape (so it can refuse unknown or missing keys); the precise
 * rules stay in zod and are enforced by the content check and the runtime corpus.
 */
import { z } from "zod";

type ContentlayerField =
  | { type: "string" | "number" | "boolean" | "json"; required: boolean }
  | { type: "enum"; options: string[]; required: boolean }
  | { type: "list"; of: { type: "string" }; required: boolean };

function toField(schema: z.ZodType, required: boolean): ContentlayerField {
  if (schema instanceof z.ZodOptional) return toField(schema.unwrap() as z.ZodType, false);
  // zod's date and e-mail formats are strings to Contentlayer.
  if (schema instanceof z.ZodString || schema instanceof z.ZodStringFormat) {
    return { type: "string", required };
  }
  if (schema instanceof z.ZodNumber) return { type: "number", required };
  if (schema instanceof z.ZodBoolean) return { type: "boolean", required };
  if (schema instanceof z.ZodEnum) return { type: "enum", options: schema.options.map(String), required };
  if (schema instanceof z.ZodArray) {
    const element = schema.element as z.ZodType;
    return element instanceof z.ZodString || element instanceof z.ZodStringFormat
      ? { type: "list", of: { type: "string" }, required }
      : { type: "json", required };
  }
  return { type: "json", required };
}

export function contentlayerFields(schema: z.ZodObject): Record<string, ContentlayerField> {
  return Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]) => [name, toField(field as z.ZodType, true)]),
  );
}
