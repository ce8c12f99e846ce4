import { useEffect, useRef } from 'react';
import { STAR_LABELS, STAR_PARTS, type StarPart } from '#shared/analysis/star-timing.js';
import type { StarMarks } from '#shared/schemas/attempt.js';
import type { RegionsLayer } from '#renderer/replay/index.js';

type Marker = ReturnType<RegionsLayer['addRegion']>;

const MARKER_PREFIX = 'star-';

const partOf = (id: string): StarPart | null => {
  const part = id.startsWith(MARKER_PREFIX) ? id.slice(MARKER_PREFIX.length) : '';
  return (STAR_PARTS as readonly string[]).includes(part) ? (part as StarPart) : null;
};

/**
 * The waveform draws inside a shadow root, out of reach of the app's style sheets; the label carries
 * its own inline style. Colours come from custom properties, which do inherit into a shadow root.
 */
function markerLabel(part: StarPart): HTMLElement {
  const label = document.createElement('span');
  label.textContent = STAR_LABELS[part][0]!;
  label.title = `${STAR_LABELS[part]} begins here: drag to move`;
  Object.assign(label.style, {
    display: 'inline-block',
    marginLeft: '-1px',
    padding: '0 4px',
    font: '700 11px/16px system-ui, sans-serif',
    color: 'var(--star-ink)',
    background: `var(--star-${part})`,
    borderRadius: '0 3px 3px 0',
    cursor: 'grab',
    userSelect: 'none',
  });
  return label;
}

/**
 * STAR marks as draggable markers on the waveform. Dropping one reports its new time; marks changed
 * elsewhere (keys, buttons) move the markers to match.
 */
export function useStarMarkers(
  regions: RegionsLayer | null,
  ready: boolean,
  marks: StarMarks,
  onMoved: (part: StarPart, ms: number) => void,
) {
  const markers = useRef(new Map<StarPart, Marker>());
  const onMovedRef = useRef(onMoved);
  onMovedRef.current = onMoved;

  useEffect(() => {
    if (!regions) return;
    const off = regions.on('region-updated', (region) => {
      const part = partOf(region.id);
      if (part) onMovedRef.current(part, Math.round(region.start * 1000));
    });
    const drawn = markers.current;
    return () => {
      off();
      drawn.forEach((marker) => marker.remove());
      drawn.clear();
    };
  }, [regions]);

  useEffect(() => {
    if (!regions || !ready) return;
    for (const part of STAR_PARTS) {
      const at = marks[part];
      const marker = markers.current.get(part);
      if (at === null) {
        marker?.remove();
        markers.current.delete(part);
      } else if (marker) {
        if (Math.round(marker.start * 1000) !== at) marker.setOptions({ start: at / 1000, end: at / 1000 });
      } else {
        const added = regions.addRegion({
          id: `${MARKER_PREFIX}${part}`,
          start: at / 1000,
          drag: true,
          resize: false,
          color: `var(--star-${part})`,
          content: markerLabel(part),
        });
        added.element?.setAttribute('data-star-marker', part);
        markers.current.set(part, added);
      }
    }
  }, [regions, ready, marks]);
}
