/**
 * A callback ref for the one control of a new practice step (Start, Start answering now, Stop):
 * focuses it and, when the question's text and the control fit in the window together, scrolls
 * just enough to show both. Focusing alone scrolls only to the control, which in a short window (200 %
 * zoom) pushed the question off the top while the person was thinking about it or answering it.
 * When both do not fit, the control sits at the window's foot with the end of the question above it.
 */
export const focusBesideQuestion = (element: HTMLElement | null): void => {
  if (!element) return;
  const question = document.getElementById('question-text');
  if (!question) {
    element.focus();
    return;
  }
  const margin = 4;
  const header = document.querySelector<HTMLElement>('.app-header');
  const covered = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
  const top = question.getBoundingClientRect().top;
  const bottom = element.getBoundingClientRect().bottom;
  if (bottom - top + 2 * margin > window.innerHeight - covered) {
    // Both do not fit: the control at the window's foot, with as much of the question above it as fits.
    window.scrollBy(0, bottom - window.innerHeight + margin);
  } else if (top < covered + margin) window.scrollBy(0, top - covered - margin);
  else if (bottom > window.innerHeight - margin) window.scrollBy(0, bottom - window.innerHeight + margin);
  element.focus({ preventScroll: true });
};
