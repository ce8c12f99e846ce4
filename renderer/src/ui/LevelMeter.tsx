import { memo, useEffect, useRef } from 'react';
import type { LevelProbe } from '#renderer/lib/audioLevel.js';

type Props = { probe: LevelProbe | null; label?: string; onLevel?(level: number): void };

/** How often the level is read, 15 times a second: a syllable shows within 66 ms. */
export const READ_EVERY_MS = 66;
/**
 * How far, in hundredths of the bar, the level must move before the bar is redrawn. Every redraw is
 * a frame the page, the compositor and the display compositor each produce, and those frames were
 * most of what recording cost beyond the recorder itself; with speech the bar still moves about 5
 * times a second, up at syllables and down in pauses, and is never more than 6 hundredths off.
 */
export const REDRAW_STEP = 6;
/** How long the bar takes, after a sound stops, to fall about two thirds of the way down. */
const RELEASE_MS = 400;
/**
 * A falling bar is redrawn at most every this many reads (133 ms, 7.5 steps a second). Falls made
 * most of the meter's frames in speech (four steps in each pause between syllables), and each frame
 * costs the page, the compositor and the display compositor; a rise is still drawn at the very read
 * that hears it, so the bar jumps with each syllable and glides down in bigger steps.
 */
const FALL_EVERY_READS = 2;
/** How much of the level remains after each read while falling. */
const RELEASE_PER_READ = Math.exp(-READ_EVERY_MS / RELEASE_MS);
/** How often the meter's value for assistive tech is refreshed. */
const ANNOUNCE_EVERY_MS = 500;

/** Whether the bar, showing `shown` hundredths, should be redrawn at `percent`. */
export function needsRedraw(shown: number, percent: number): boolean {
  if (percent === shown) return false;
  // Silence and full scale are shown exactly, however small the step to them.
  return Math.abs(percent - shown) >= REDRAW_STEP || percent === 0 || percent === 100;
}

/**
 * A live bar showing how loud the microphone is, drawn by scaling the bar directly (a composited
 * transform: no layout, no paint). Nothing here asks React to render again while it draws: the
 * value for assistive tech is written onto the element too, and the component is memoized, so the
 * recording panel's once-a-second tick does not reach it.
 */
export const LevelMeter = memo(function LevelMeter({ probe, label = 'Microphone level', onLevel }: Props) {
  const meter = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const onLevelRef = useRef(onLevel);
  onLevelRef.current = onLevel;

  useEffect(() => {
    if (!probe) return;
    let lastAnnounce = -Infinity;
    let smoothed = 0;
    let shown = -1;
    let announced = -1;
    let readsSinceDraw = 0;
    const read = () => {
      const time = performance.now();
      const level = probe.read();
      // Fast attack, slow release: speech reads as a steady bar rather than flicker.
      smoothed = level > smoothed ? level : smoothed * RELEASE_PER_READ + level * (1 - RELEASE_PER_READ);
      const percent = Math.round(smoothed * 100);
      readsSinceDraw++;
      const falling = percent < shown;
      if (bar.current && needsRedraw(shown, percent) && (!falling || readsSinceDraw >= FALL_EVERY_READS)) {
        shown = percent;
        readsSinceDraw = 0;
        bar.current.style.transform = `scaleX(${percent / 100})`;
      }
      onLevelRef.current?.(level);
      if (time - lastAnnounce >= ANNOUNCE_EVERY_MS) {
        lastAnnounce = time;
        // What the bar shows. React rendered 0 and never changes that prop, so it leaves this
        // attribute to us.
        if (meter.current && shown >= 0 && shown !== announced) {
          announced = shown;
          meter.current.setAttribute('aria-valuenow', String(shown));
        }
      }
    };
    const timer = setInterval(read, READ_EVERY_MS);
    return () => clearInterval(timer);
  }, [probe]);

  return (
    <div ref={meter} className="level-meter" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={0}>
      <div ref={bar} className="level-meter__bar" />
    </div>
  );
});
