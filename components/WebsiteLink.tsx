import { displayUrl } from "@/lib/format";

/** An organisation's or initiative's own website, shown without the protocol. */
export function WebsiteLink({ url }: { url: string }) {
  return (
    <a
      className="text-brand break-all underline underline-offset-4"
      href={url}
      rel="noopener noreferrer"
    >
      {displayUrl(url)}
    </a>
  );
}
