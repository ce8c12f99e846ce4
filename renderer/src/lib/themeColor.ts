/**
 * A theme color as the browser resolves it where `element` is (for example "rgb(122, 165, 255)"),
 * for what draws on a canvas and cannot follow CSS: the waveform and the charts. Reading the custom
 * property itself would give its light-dark(…) text, not a color, so a hidden probe takes it as its
 * `color` and the computed value is read back.
 */
export function themeColor(element: Element, name: string, fallback: string): string {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  probe.style.color = `var(${name}, ${fallback})`;
  element.appendChild(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color || fallback;
}
