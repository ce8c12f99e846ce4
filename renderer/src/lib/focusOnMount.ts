/**
 * A callback ref that focuses its element when it appears: for a dialog's first action and for
 * the one control of a new practice step, where moving focus is what WAI-ARIA asks for (the page
 * itself never grabs focus on load, which is what jsx-a11y's no-autofocus guards against).
 * Module-level, so React sees the same ref on every render and calls it once per mount.
 */
export const focusOnMount = (element: HTMLElement | null): void => {
  element?.focus();
};
