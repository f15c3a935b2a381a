import type { Dictionary } from "@/lib/i18n/dictionary";
import { shareLinks, type Shareable } from "@/lib/share";
import { ShareButtons } from "./ShareButtons";

const BUTTON_CLASS =
  "border-line bg-surface text-ink hover:border-brand hover:text-brand inline-flex min-h-11 cursor-pointer items-center rounded-full border px-4 text-sm font-medium";

/**
 * Share an article: copy its link or open the device's share sheet (ShareButtons, once
 * JavaScript runs), and plain links to each service's share page, which work without
 * JavaScript and tell a service nothing until the reader clicks one. No third-party script.
 */
export function ShareControls({ item, dict }: { item: Shareable; dict: Dictionary }) {
  return (
    <section aria-labelledby="share" className="border-line mt-10 border-t pt-6">
      <h2 id="share" className="text-ink text-sm font-bold tracking-wider uppercase">
        {dict.share.title}
      </h2>
      <ShareButtons
        url={item.url}
        title={item.title}
        text={item.summary}
        labels={{
          copy: dict.share.copy,
          copied: dict.share.copied,
          copiedStatus: dict.share.copiedStatus,
          copyFailed: dict.share.copyFailed,
          share: dict.share.share,
        }}
        className={BUTTON_CLASS}
      >
        <ul className="contents" role="list">
          {shareLinks(item).map(({ target, href }) => (
            <li key={target} className="flex">
              <a
                className={BUTTON_CLASS}
                href={href}
                rel="noopener noreferrer"
                {...(target === "email" ? {} : { target: "_blank" })}
              >
                {dict.share.targets[target]}
                {target === "email" ? null : <span className="sr-only"> {dict.share.newTab}</span>}
              </a>
            </li>
          ))}
        </ul>
      </ShareButtons>
    </section>
  );
}
