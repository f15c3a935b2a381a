"use client";

import { useEffect, useRef, useState, useSyncExternalStore, type MouseEvent } from "react";
import { PRESS_TIMEOUT_MS, START, onKeyUp, pressesLeftMessage } from "@/lib/quick-exit";

export type QuickExitLabels = {
  label: string;
  description: string;
  activated: string;
  pressTwoMoreTimes: string;
  pressOneMoreTime: string;
  timedOut: string;
};

const DESCRIPTION_ID = "quick-exit-description";
const ACTIVE_CLASS = "quick-exit-active";
const OVERLAY_CLASS = "quick-exit-overlay";

/** Hides everything at once, then replaces this page in the history with the neutral site. */
function exitPage(url: string, activated: string) {
  document.documentElement.classList.add(ACTIVE_CLASS);
  const overlay = document.createElement("div");
  overlay.className = OVERLAY_CLASS;
  overlay.setAttribute("role", "alert");
  document.body.append(overlay);
  // Text set after insertion is announced more reliably.
  overlay.textContent = activated;
  // The tab's title would otherwise name this page until the other site has loaded.
  document.title = activated;
  window.location.replace(url);
}

/** Undoes exitPage when the browser shows this page again from its back/forward cache. */
function restorePage() {
  document.documentElement.classList.remove(ACTIVE_CLASS);
  for (const overlay of document.querySelectorAll(`.${OVERLAY_CLASS}`)) overlay.remove();
}

const subscribeNothing = () => () => {};

/**
 * The quick exit: a link to a neutral website (it works as a plain link without JavaScript),
 * which, once this script runs, hides the page and replaces it in the history so that Back
 * does not return here, when it is activated or when Shift is pressed 3 times.
 */
export function QuickExit({ url, labels }: { url: string; labels: QuickExitLabels }) {
  // False in the server's HTML and during hydration, true once the script runs.
  const scripted = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const [presses, setPresses] = useState(0);
  const [status, setStatus] = useState("");
  const sequence = useRef(START);

  useEffect(() => {
    let pressTimer: ReturnType<typeof setTimeout> | undefined;
    let messageTimer: ReturnType<typeof setTimeout> | undefined;
    const clearTimers = () => {
      clearTimeout(pressTimer);
      clearTimeout(messageTimer);
    };
    const cancel = () => {
      sequence.current = START;
      setPresses(0);
      setStatus(labels.timedOut);
      messageTimer = setTimeout(() => setStatus(""), PRESS_TIMEOUT_MS);
    };

    function onKey(event: KeyboardEvent) {
      const step = onKeyUp(sequence.current, event);
      sequence.current = step.state;
      if (step.outcome === "none") return;
      clearTimers();
      if (step.outcome === "exit") {
        setPresses(0);
        setStatus("");
        exitPage(url, labels.activated);
      } else if (step.outcome === "cancelled") {
        cancel();
      } else {
        setPresses(step.state.count);
        setStatus(pressesLeftMessage(step.state.count, labels));
        pressTimer = setTimeout(cancel, PRESS_TIMEOUT_MS);
      }
    }

    function onPageShow(event: PageTransitionEvent) {
      if (!event.persisted) return;
      clearTimers();
      sequence.current = START;
      setPresses(0);
      setStatus("");
      restorePage();
    }

    document.addEventListener("keyup", onKey, true);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      clearTimers();
      document.removeEventListener("keyup", onKey, true);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, [url, labels]);

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    exitPage(url, labels.activated);
  }

  return (
    <>
      <a
        href={url}
        rel="nofollow noreferrer"
        onClick={onClick}
        aria-describedby={scripted ? DESCRIPTION_ID : undefined}
        data-quick-exit={scripted ? "ready" : "link"}
        className="bg-brand text-on-brand hover:bg-brand-strong inline-flex min-h-11 shrink-0 items-center gap-2 rounded-md border border-transparent px-3 py-2 text-[0.9375rem] font-semibold min-[360px]:px-4 min-[360px]:text-base no-underline shadow-sm"
      >
        <svg
          aria-hidden="true"
          className="max-[359px]:hidden"
          viewBox="0 0 20 20"
          width="18"
          height="18"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M8 4H4.5A1.5 1.5 0 0 0 3 5.5v9A1.5 1.5 0 0 0 4.5 16H8" />
          <path d="M13 6l4 4-4 4M17 10H8" />
        </svg>
        <span>{labels.label}</span>
        {presses > 0 ? (
          <span aria-hidden="true" className="flex gap-1" data-quick-exit-presses={presses}>
            {[0, 1, 2].map((index) => (
              <span
                key={index}
                className={`inline-block size-2 rounded-full border-2 border-current ${
                  index < presses ? "bg-current" : ""
                }`}
              />
            ))}
          </span>
        ) : null}
      </a>
      {scripted ? (
        <span id={DESCRIPTION_ID} hidden>
          {labels.description}
        </span>
      ) : null}
      <span role="status" className="sr-only">
        {status}
      </span>
    </>
  );
}
