import { serializeJsonLd, type JsonLd as JsonLdData } from "@/lib/structured-data";

/** Structured data (schema.org JSON-LD) for search engines; the JSON is escaped for a script. */
export function JsonLd({ data }: { data: JsonLdData | readonly JsonLdData[] }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
