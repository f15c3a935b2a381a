/**
 * The quick exit's keyboard shortcut, as in the GOV.UK Design System's "Exit this page"
 * component: the Shift key pressed 3 times on its own, with at most 5 seconds between
 * presses. Shift used as a modifier (Shift+A) does not count, and any other key starts again.
 * Pure, so it is unit-tested; components/QuickExit.tsx wires it to the page.
 */
export const SHIFT_PRESSES = 3;
export const PRESS_TIMEOUT_MS = 5_000;

export type ShiftSequence = {
  /** Shift presses so far (0 to SHIFT_PRESSES - 1). */
  count: number;
  /** Whether the last key released was released while Shift was held (Shift+A fires two keyups). */
  lastKeyWasModified: boolean;
};

export const START: ShiftSequence = { count: 0, lastKeyWasModified: false };

/** What a keyup does: count a press, trigger the exit, cancel a sequence, or nothing. */
export type Outcome = "counted" | "exit" | "cancelled" | "none";

export function onKeyUp(
  state: ShiftSequence,
  event: { key: string; shiftKey: boolean },
): { state: ShiftSequence; outcome: Outcome } {
  const lastKeyWasModified = event.shiftKey;
  if (event.key === "Shift" && !state.lastKeyWasModified) {
    const count = state.count + 1;
    if (count >= SHIFT_PRESSES) return { state: { count: 0, lastKeyWasModified }, outcome: "exit" };
    return { state: { count, lastKeyWasModified }, outcome: "counted" };
  }
  if (state.count > 0) return { state: { count: 0, lastKeyWasModified }, outcome: "cancelled" };
  return { state: { count: 0, lastKeyWasModified }, outcome: "none" };
}

/** The announcement after a press, e.g. "Shift, press 2 more times to exit." */
export function pressesLeftMessage(
  count: number,
  labels: { pressTwoMoreTimes: string; pressOneMoreTime: string },
): string {
  return SHIFT_PRESSES - count >= 2 ? labels.pressTwoMoreTimes : labels.pressOneMoreTime;
}
