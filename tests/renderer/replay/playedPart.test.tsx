// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useMountedRoot } from '#tests/support/mount.js';
import { useWaveSurfer } from '#renderer/replay/useWaveSurfer.js';

/**
 * The real wavesurfer (the installed version) in happy-dom, driven through the player's hook; the
 * test plays the part of the audio element's clock and of the screen's frames (fake timers, an
 * animation frame every 1/60 s), and reads what the waveform's shadow root was given to draw.
 */

const DURATION = 30;
/** The waveform's width in CSS pixels (happy-dom lays nothing out): 20 px a second of this take. */
const WIDTH = 600;
const FRAME_MS = 1000 / 60;
/** Peaks as measured while recording; one array, as the player gets it once. */
const PEAKS = [0.2, 0.8, 0.5, 0.9, 0.3, 0.6];

let player: ReturnType<typeof useWaveSurfer>;
let renders = 0;
function Probe() {
  renders++;
  player = useWaveSurfer('studio://recording/take', DURATION, PEAKS);
  return <div ref={player.container} />;
}

/** A 2D context that accepts every call: happy-dom draws nothing. */
const noCanvas = new Proxy({} as Record<string | symbol, unknown>, {
  get: (target, key) => (key in target ? target[key] : () => undefined),
  set: (target, key, value) => {
    target[key] = value;
    return true;
  },
});

function shadow(root: HTMLElement): ShadowRoot {
  const host = [...root.querySelectorAll('div')].find((d) => d.shadowRoot);
  if (!host?.shadowRoot) throw new Error('no waveform drawn');
  return host.shadowRoot;
}

describe('the played part while a take plays (the real wavesurfer)', () => {
  const mounted = useMountedRoot();
  let media: HTMLMediaElement;
  let wave: ShadowRoot;
  let animationFrames: ReturnType<typeof vi.spyOn>;
  let getContext: typeof HTMLCanvasElement.prototype.getContext;
  let reduced = false;
  let matchMedia: typeof window.matchMedia;

  const progressLayer = () => wave.querySelector<HTMLElement>('[part="progress"]')!;
  const canvasesLayer = () => wave.querySelector<HTMLElement>('[part="canvases"]')!;
  /** The played fraction the progress layer shows, from its transform (translateX(-100%) is none). */
  const shownFraction = () => {
    const match = /translateX\((-?[\d.]+)%\)/.exec(progressLayer().style.transform);
    return match ? 1 + Number(match[1]) / 100 : Number.NaN;
  };

  /** Plays `seconds` of wall-clock time at the element's speed, a frame at a time; the moves seen. */
  async function play(seconds: number): Promise<number[]> {
    const moves: number[] = [];
    let last = progressLayer().style.transform;
    const frames = Math.round((seconds * 1000) / FRAME_MS);
    for (let frame = 0; frame < frames; frame++) {
      if (!media.paused) media.currentTime = Math.min(DURATION, media.currentTime + (media.playbackRate * FRAME_MS) / 1000);
      await act(async () => {
        await vi.advanceTimersByTimeAsync(FRAME_MS);
      });
      const now = progressLayer().style.transform;
      if (now !== last) moves.push(shownFraction());
      last = now;
    }
    return moves;
  }

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'] });
    getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = (() => noCanvas) as unknown as typeof getContext;
    reduced = false;
    matchMedia = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      matches: reduced && query.includes('reduced-motion'),
      media: query,
    })) as typeof window.matchMedia;
    renders = 0;
    await mounted.render(<Probe />);
    wave = shadow(mounted.container);
    media = wave.querySelector('audio')!;
    // The element as Chromium has it once the take's metadata and first bytes are in.
    Object.defineProperty(media, 'duration', { configurable: true, get: () => DURATION });
    Object.defineProperty(media, 'readyState', { configurable: true, get: () => HTMLMediaElement.HAVE_ENOUGH_DATA });
    Object.defineProperty(wave.querySelector('[part="wrapper"]')!, 'clientWidth', { configurable: true, get: () => WIDTH });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(FRAME_MS);
    });
    animationFrames = vi.spyOn(window, 'requestAnimationFrame');
  });

  afterEach(() => {
    HTMLCanvasElement.prototype.getContext = getContext;
    window.matchMedia = matchMedia;
    vi.useRealTimers();
  });

  it('moves by transform alone, at most ten times a second, with wavesurfer asking for no animation frames', async () => {
    await act(async () => player.playPause());
    const moves = await play(1);

    // wavesurfer's loop drew on each of these 60 frames (64 animation frames asked for, on its own clock).
    expect(animationFrames.mock.calls.length).toBeLessThanOrEqual(1);
    // 20 px a second: it moved, by no more than ten steps, and shows where the audio is.
    expect(moves.length).toBeGreaterThanOrEqual(5);
    expect(moves.length).toBeLessThanOrEqual(10);
    expect(shownFraction()).toBeCloseTo(1 / DURATION, 2);
    // Nothing that lays out or repaints: no clip-path on the waveform, no width on the progress layer.
    expect(canvasesLayer().style.clipPath).toBe('');
    expect(progressLayer().style.width).toBe('');
    // The progress canvases are slid back by as much as their layer moved, so they stay put.
    const layerShift = Number(/translateX\((-?[\d.]+)%\)/.exec(progressLayer().style.transform)![1]);
    expect(progressLayer().children.length).toBeGreaterThan(0);
    for (const canvases of Array.from(progressLayer().children) as HTMLElement[]) {
      expect(canvases.style.transform).toBe(`translateX(${-layerShift}%)`);
    }
  });

  it('reports the position at every half second, though wavesurfer no longer reports it every frame', async () => {
    await act(async () => player.playPause());
    const before = renders;
    await play(2.05);
    expect(Math.floor(player.state.currentTime)).toBe(2);
    // One render a half second (0.5, 1, 1.5, 2 s), not one a frame.
    expect(renders - before).toBeGreaterThanOrEqual(3);
    expect(renders - before).toBeLessThanOrEqual(5);
  });

  it('shows a seek at once, paused or playing, and plays on from there', async () => {
    await act(async () => player.seekTo(15));
    expect(shownFraction()).toBeCloseTo(0.5, 3);
    expect(player.state.currentTime).toBe(15);

    await act(async () => player.playPause());
    await play(1);
    expect(shownFraction()).toBeCloseTo(16 / DURATION, 2);
    await act(async () => player.skip(-5));
    expect(shownFraction()).toBeCloseTo(11 / DURATION, 2);
    await play(0.55);
    expect(shownFraction()).toBeCloseTo(11.55 / DURATION, 2);
    expect(Math.floor(player.state.currentTime * 2) / 2).toBe(11.5);
  });

  it('re-times its steps to a change of speed', async () => {
    await act(async () => player.playPause());
    await play(1);
    act(() => player.setRate(2));
    media.playbackRate = 2; // what the element does when wavesurfer sets its speed
    const at = media.currentTime;
    const moves = await play(1);
    expect(media.currentTime - at).toBeCloseTo(2, 1);
    // 40 px a second of wall clock now: a step every quarter second of the take (eight a second),
    // and where the audio is.
    expect(moves.length).toBeLessThanOrEqual(8);
    expect(moves.length).toBeGreaterThanOrEqual(7);
    expect(Math.abs(shownFraction() * DURATION - 3)).toBeLessThanOrEqual(0.25);
  });

  it('pauses where the audio stopped, and shows the take whole at its end', async () => {
    await act(async () => player.playPause());
    await play(1.25);
    await act(async () => player.playPause());
    expect(shownFraction()).toBeCloseTo(1.25 / DURATION, 2);
    expect(await play(1)).toEqual([]);

    await act(async () => player.seekTo(DURATION - 0.3));
    await act(async () => player.playPause());
    await play(0.3);
    // The element reaches its end: it pauses, then says it ended.
    act(() => {
      media.pause();
      media.dispatchEvent(new Event('ended'));
    });
    expect(shownFraction()).toBe(1);
    expect(player.state.playing).toBe(false);
  });

  it('with reduced motion, moves only at whole seconds, with the clock', async () => {
    reduced = true;
    await act(async () => player.playPause());
    const moves = await play(2.2);
    expect(moves.map((f) => Math.round(f * DURATION * 1000) / 1000)).toEqual([1, 2]);
  });

  it('stops stepping when the player goes', async () => {
    await act(async () => player.playPause());
    await play(0.5);
    act(() => mounted.root.unmount());
    expect(vi.getTimerCount()).toBe(0);
  });
});
