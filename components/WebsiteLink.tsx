import { displayUrl } from "@/lib/format";

/** An organisation's or initiative's own website, shown without the protocol (so print adds no URL). */
export function WebsiteLink({ url }: { url: string }) {
  return (
    <a
      className="text-brand print-no-url break-all underline underline-offset-4"
      href={url}
      rel="noopener noreferrer"
    >
      {displayUrl(url)}
    </a>
  );
}
