"use client";

import { useState, useSyncExternalStore, type ReactNode } from "react";

type Labels = {
  copy: string;
  copied: string;
  copiedStatus: string;
  copyFailed: string;
  share: string;
};

const noSubscription = () => () => {};

/** Copies text without the async Clipboard API (older browsers, pages not served over HTTPS). */
function copyWithSelection(text: string): boolean {
  const field = document.createElement("textarea");
  field.value = text;
  field.setAttribute("readonly", "");
  field.style.position = "fixed";
  field.style.opacity = "0";
  document.body.append(field);
  field.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    field.remove();
  }
}

/**
 * "Copy link" and, where the browser has the Web Share API, "Share…". Both need JavaScript,
 * so they appear only once it runs; `children` (the plain share links) are always there.
 * The result of a copy is announced in a live region and shown beside the buttons.
 */
export function ShareButtons({
  url,
  title,
  text,
  labels,
  className,
  children,
}: {
  url: string;
  title: string;
  text: string;
  labels: Labels;
  className: string;
  children: ReactNode;
}) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === "function",
    () => false,
  );
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus(copyWithSelection(url) ? "copied" : "failed");
    }
  }

  async function share() {
    try {
      await navigator.share({ title, text, url });
    } catch {
      // The reader closed the share sheet, or the browser refused: nothing to report.
    }
  }

  return (
    <>
      <div className="mt-4 flex flex-wrap gap-2">
        {hydrated ? (
          <button type="button" className={className} onClick={copy}>
            {status === "copied" ? `✓ ${labels.copied}` : labels.copy}
          </button>
        ) : null}
        {canShare ? (
          <button type="button" className={className} onClick={share}>
            {labels.share}
          </button>
        ) : null}
        {children}
      </div>
      <p role="status" aria-live="polite" className="text-muted mt-3 min-h-6 text-sm">
        {status === "copied" ? labels.copiedStatus : status === "failed" ? labels.copyFailed : ""}
      </p>
    </>
  );
}
