import { useEffect, useRef, useState } from 'react';
import type { LevelProbe } from '#renderer/lib/audioLevel.js';

type Props = { probe: LevelProbe | null; label?: string; onLevel?(level: number): void };

/**
 * How often the bar is drawn: 30 times a second reads as smooth motion, and wakes the page half
 * as often as drawing on every animation frame did (recording is the screen people sit on longest).
 */
const DRAW_EVERY_MS = 33;

/**
 * A live bar showing how loud the microphone is. Drawn 30 times a second by scaling the bar
 * directly, so React is not asked to re-render on every draw; the meter's value for assistive
 * tech is refreshed a few times a second.
 */
export function LevelMeter({ probe, label = 'Microphone level', onLevel }: Props) {
  const bar = useRef<HTMLDivElement>(null);
  const [announced, setAnnounced] = useState(0);
  const onLevelRef = useRef(onLevel);
  onLevelRef.current = onLevel;

  useEffect(() => {
    if (!probe) return;
    let lastAnnounce = 0;
    let smoothed = 0;
    let shown = -1;
    const draw = () => {
      const time = performance.now();
      const level = probe.read();
      // Fast attack, slow release (tuned for about 30 draws a second): speech reads as a steady
      // bar rather than flicker.
      smoothed = level > smoothed ? level : smoothed * 0.8 + level * 0.2;
      // Written only when the bar would look different: in a pause nothing is touched at all.
      const percent = Math.round(smoothed * 100);
      if (bar.current && percent !== shown) {
        shown = percent;
        bar.current.style.transform = `scaleX(${percent / 100})`;
      }
      onLevelRef.current?.(level);
      if (time - lastAnnounce > 500) {
        lastAnnounce = time;
        setAnnounced(Math.round(smoothed * 100));
      }
    };
    const timer = setInterval(draw, DRAW_EVERY_MS);
    return () => clearInterval(timer);
  }, [probe]);

  return (
    <div className="level-meter" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={announced}>
      <div ref={bar} className="level-meter__bar" />
    </div>
  );
}
