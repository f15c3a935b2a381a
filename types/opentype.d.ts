/** The part of opentype.js (which ships no types) that lib/preview-image.ts uses. */
declare module "opentype.js/dist/opentype.mjs" {
  export type Font = { tables: { cmap?: { glyphIndexMap: Record<number, number> } } };
  export function parse(buffer: ArrayBuffer): Font;
}
