import type WaveSurfer from 'wavesurfer.js';

/**
 * The fewest milliseconds between two moves of the played part while a take plays: at most ten a
 * second. Each move is one frame the compositor and the display compositor draw; wavesurfer's own
 * sixty a second were most of replay's CPU.
 */
export const MIN_STEP_MS = 100;

/** Half seconds are what the clock and the spoken position show (see useWaveSurfer). */
const HALF_SECOND = 0.5;
/**
 * A step is timed this much past the moment it shows, as the media clock may lag the timer's clock
 * a little: a step that came too early would show nothing new and need another soon after.
 */
const SLACK_MS = 20;
/** The shortest wait for a step, so a stalled media clock (still "playing" while it waits for data) does not spin. */
const MIN_WAIT_MS = 50;

export type PlayedPart = {
  /** Re-times the steps from where the take is now: after a change of speed. */
  restart(): void;
  destroy(): void;
};

type Options = {
  /** Called at every step while playing, with the playhead in seconds (at least every half second). */
  onStep(seconds: number): void;
  /** Whether the person asked for reduced motion; read at every step, so a change is followed. */
  reducedMotion?(): boolean;
};

/**
 * Draws the played part of a wavesurfer waveform without wavesurfer's per-frame redraw.
 *
 * While playing, wavesurfer 8 redraws its progress on every animation frame: a clip-path on the
 * waveform, the width of the progress canvases and the position of the cursor, so the page restyles,
 * lays out and repaints sixty times a second, and its animation-frame loop alone keeps the renderer
 * committing frames. Here the loop is stopped as soon as it starts, and the played part moves by
 * transforms alone (no layout, no paint): the progress layer (wavesurfer's progress canvases, on
 * the player's background, with the cursor as its right edge) spans the whole waveform and is slid
 * left so that only the played part shows, its canvases slid back by as much so they stay put.
 * Each half second of the take (what the clock and the spoken position show, through `onStep`) is
 * cut into as many equal steps as fit a device pixel and MIN_STEP_MS apart: a long take moves a
 * pixel at a time, a short one ten times a second. With reduced motion it moves only at whole
 * seconds, with the clock.
 *
 * Seeks (clicks, drags, keys) and pauses are drawn at once; the end of the take shows it whole.
 */
export function drawPlayedPart(ws: WaveSurfer, { onStep, reducedMotion = prefersReducedMotion }: Options): PlayedPart {
  const wrapper = ws.getWrapper();
  const renderer = ws.getRenderer();
  const progressLayer = () => wrapper.querySelector<HTMLElement>('[part="progress"]');

  let width = 0;
  let shownPixel = Number.NaN;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seeking = false;
  let destroyed = false;

  const devicePixels = () => width * (window.devicePixelRatio || 1);
  const fractionAt = (seconds: number) => {
    const duration = ws.getDuration();
    return duration > 0 ? Math.min(1, Math.max(0, seconds / duration)) : 0;
  };

  /** Slides the progress layer to `fraction` of the waveform, if that moves it by a pixel (or `force`). */
  const show = (fraction: number, force = false) => {
    const layer = progressLayer();
    if (!layer || !Number.isFinite(fraction)) return;
    const pixels = devicePixels();
    // Whole device pixels when the width is known, so a step never lands between two.
    const pixel = pixels > 0 ? Math.round(fraction * pixels) : fraction;
    if (pixel === shownPixel && !force) return;
    shownPixel = pixel;
    const shown = pixels > 0 ? pixel / pixels : fraction;
    // Percentages of the layer's own width (the waveform's): a resize needs no new numbers.
    layer.style.transform = `translateX(${percent(shown - 1)})`;
    for (const canvases of Array.from(layer.children) as HTMLElement[]) {
      canvases.style.transform = `translateX(${percent(1 - shown)})`;
      // Its own layer, so sliding it does not repaint the progress layer.
      canvases.style.willChange = 'transform';
    }
  };

  const stopSteps = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const step = () => {
    timer = undefined;
    if (destroyed || !ws.isPlaying()) return;
    const now = ws.getCurrentTime();
    const reduced = reducedMotion();
    show(fractionAt(reduced ? Math.floor(now) : now));
    onStep(now);
    // The next of the equal steps each half second is cut into (see above), in media seconds.
    const rate = ws.getPlaybackRate() || 1;
    const pixels = devicePixels();
    const perPixel = !reduced && pixels > 0 ? ws.getDuration() / pixels : Infinity;
    const every = HALF_SECOND / Math.max(1, Math.floor(HALF_SECOND / Math.max((MIN_STEP_MS / 1000) * rate, perPixel)));
    // (1e-6: a step that landed on its moment is not timed again for it because of rounding.)
    const next = (Math.floor(now / every + 1e-6) + 1) * every;
    timer = setTimeout(step, Math.max(MIN_WAIT_MS, ((next - now) / rate) * 1000 + SLACK_MS));
  };

  const restart = () => {
    stopSteps();
    if (ws.isPlaying()) step();
  };

  // wavesurfer asks for its progress to be drawn on every frame while playing, at each of the media
  // element's time updates, when seeking and while dragging. While playing, the steps above draw
  // it; a seek is drawn at once.
  const renderProgress = renderer.renderProgress;
  renderer.renderProgress = (fraction: number) => {
    if (ws.isPlaying() && !seeking) return;
    show(fraction);
  };

  // Every seek (a click, a drag, a key) goes through setTime.
  const setTime = ws.setTime;
  ws.setTime = (seconds: number) => {
    seeking = true;
    try {
      setTime.call(ws, seconds);
    } finally {
      seeking = false;
    }
    restart();
  };

  const measure = () => {
    width = wrapper.clientWidth;
  };
  measure();
  const subscriptions = [
    ws.on('play', () => {
      // wavesurfer starts its animation-frame loop right after telling of the play: stop it once
      // it has (its first frame has run by then, and nothing else needs it).
      queueMicrotask(() => stopFrameLoop(ws));
      measure();
      restart();
    }),
    ws.on('pause', () => {
      stopSteps();
      show(fractionAt(ws.getCurrentTime()));
    }),
    ws.on('finish', () => {
      stopSteps();
      show(1);
    }),
    // A new drawing (the first, or after a resize) makes new progress canvases: place them too.
    ws.on('redrawcomplete', () => {
      measure();
      show(fractionAt(ws.getCurrentTime()), true);
    }),
  ];

  return {
    restart,
    destroy() {
      destroyed = true;
      stopSteps();
      subscriptions.forEach((off) => off());
      renderer.renderProgress = renderProgress;
      ws.setTime = setTime;
    },
  };
}

/**
 * wavesurfer 8 keeps no public way to turn off its per-frame loop (`frameScheduler`, private):
 * reached here by name, and checked by tests/renderer/replay/playedPart.test.tsx against the
 * installed wavesurfer, which fails if an upgrade renames it.
 */
function stopFrameLoop(ws: WaveSurfer): void {
  const scheduler = (ws as unknown as { frameScheduler?: { stop?: () => void } }).frameScheduler;
  scheduler?.stop?.();
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 1e5) / 1e3}%`;
}
