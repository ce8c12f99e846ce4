import { useEffect } from 'react';
import type { Pause } from '#shared/schemas/measurements.js';
import type { RegionsLayer } from './useWaveSurfer.js';

/**
 * Shades each measured pause on the waveform. The shading is only a picture: it takes no clicks (a
 * click on it seeks, as anywhere on the waveform), and the same pauses are listed as text beside it.
 */
export function usePauseRegions(regions: RegionsLayer | null, ready: boolean, pauses: readonly Pause[] | null) {
  useEffect(() => {
    if (!regions || !ready || !pauses) return;
    const shaded = pauses.map((pause, i) => {
      const region = regions.addRegion({
        id: `pause-${i}`,
        start: pause.startMs / 1000,
        end: pause.endMs / 1000,
        drag: false,
        resize: false,
        // Custom properties inherit into the waveform's shadow root, so the theme reaches the shading.
        color: 'var(--pause-shade)',
      });
      if (region.element) {
        region.element.style.pointerEvents = 'none';
        region.element.setAttribute('data-pause', String(i));
      }
      return region;
    });
    return () => shaded.forEach((region) => region.remove());
  }, [regions, ready, pauses]);
}
