import { useEffect, useRef, useState } from 'react';
import type { LevelProbe } from '#renderer/lib/audioLevel.js';

type Props = { probe: LevelProbe | null; label?: string; onLevel?(level: number): void };

/**
 * A live bar showing how loud the microphone is. Drawn on animation frames by scaling the bar
 * directly, so React is not asked to re-render sixty times a second; the meter's value for
 * assistive tech is refreshed a few times a second.
 */
export function LevelMeter({ probe, label = 'Microphone level', onLevel }: Props) {
  const bar = useRef<HTMLDivElement>(null);
  const [announced, setAnnounced] = useState(0);
  const onLevelRef = useRef(onLevel);
  onLevelRef.current = onLevel;

  useEffect(() => {
    if (!probe) return;
    let frame = 0;
    let lastAnnounce = 0;
    let smoothed = 0;
    let shown = -1;
    const draw = (time: number) => {
      const level = probe.read();
      // Fast attack, slow release: speech reads as a steady bar rather than flicker.
      smoothed = level > smoothed ? level : smoothed * 0.9 + level * 0.1;
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
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  }, [probe]);

  return (
    <div className="level-meter" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={announced}>
      <div ref={bar} className="level-meter__bar" />
    </div>
  );
}
