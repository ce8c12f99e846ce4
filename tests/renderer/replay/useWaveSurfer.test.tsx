// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useMountedRoot } from '#tests/support/mount.js';

/** A stand-in wavesurfer: the test says when the take plays and ends, and sees what the hook asks. */
class FakeWaveSurfer {
  static last: FakeWaveSurfer | null = null;
  static create() {
    FakeWaveSurfer.last = new FakeWaveSurfer();
    return FakeWaveSurfer.last;
  }
  private listeners = new Map<string, Set<(value?: number) => void>>();
  mediaPlaying = false;
  play = vi.fn(async () => {
    this.mediaPlaying = true;
    this.emit('play');
  });
  pause = vi.fn(() => {
    if (!this.mediaPlaying) return;
    this.mediaPlaying = false;
    this.emit('pause');
  });
  // The element's own toggle: at the end of the take it would start again from the beginning.
  playPause = vi.fn(async () => (this.mediaPlaying ? this.pause() : this.play()));
  on(event: string, listener: (value?: number) => void) {
    const listeners = this.listeners.get(event) ?? new Set();
    listeners.add(listener);
    this.listeners.set(event, listeners);
    return () => listeners.delete(listener);
  }
  emit(event: string, value?: number) {
    this.listeners.get(event)?.forEach((listener) => listener(value));
  }
  registerPlugin = () => ({});
  getMediaElement = () => null;
  // What the played part draws on (tests/renderer/replay/playedPart.test.tsx drives the real one).
  getWrapper = () => document.createElement('div');
  getRenderer = () => ({ renderProgress: () => {} });
  isPlaying = () => this.mediaPlaying;
  getDuration = () => 5;
  getPlaybackRate = () => 1;
  getCurrentTime = () => 0;
  setTime = vi.fn();
  setPlaybackRate = vi.fn();
  destroy = vi.fn();
}

vi.mock('wavesurfer.js', () => ({ default: FakeWaveSurfer }));
vi.mock('wavesurfer.js/dist/plugins/regions.esm.js', () => ({ default: { create: () => ({}) } }));

const { useWaveSurfer } = await import('#renderer/replay/useWaveSurfer.js');

let player: ReturnType<typeof useWaveSurfer>;
let renders = 0;
function Probe() {
  renders++;
  player = useWaveSurfer('studio://recording/take', 5, null);
  return <div ref={player.container} />;
}

describe('useWaveSurfer play and pause', () => {
  const mounted = useMountedRoot();
  beforeEach(() => {
    FakeWaveSurfer.last = null;
  });

  it('a Pause pressed just as the take ended does not start it again', async () => {
    await mounted.render(<Probe />);
    const ws = FakeWaveSurfer.last!;
    act(() => ws.emit('ready', 5));
    await act(async () => player.playPause());
    expect(player.state.playing).toBe(true);
    // The audio reaches its end, but the button still shows Pause when the person presses it.
    ws.mediaPlaying = false;
    await act(async () => player.playPause());
    expect(ws.play).toHaveBeenCalledTimes(1);
    expect(ws.playPause).not.toHaveBeenCalled();
  });

  it('Play shown means play, Pause shown means pause', async () => {
    await mounted.render(<Probe />);
    const ws = FakeWaveSurfer.last!;
    act(() => ws.emit('ready', 5));
    await act(async () => player.playPause());
    expect(ws.play).toHaveBeenCalledTimes(1);
    await act(async () => player.playPause());
    expect(ws.pause).toHaveBeenCalledTimes(1);
    expect(player.state.playing).toBe(false);
    await act(async () => player.playPause());
    expect(ws.play).toHaveBeenCalledTimes(2);
  });
});

describe('useWaveSurfer position while playing', () => {
  const mounted = useMountedRoot();

  it('follows the playing take at every half second, not on every animation frame', async () => {
    await mounted.render(<Probe />);
    const ws = FakeWaveSurfer.last!;
    act(() => ws.emit('ready', 5));
    await act(async () => player.playPause());
    const before = renders;
    // One second at 60 frames a second.
    for (let frame = 1; frame <= 60; frame++) act(() => ws.emit('timeupdate', frame / 60));
    expect(player.state.currentTime).toBeGreaterThanOrEqual(1);
    expect(renders - before).toBe(2); // at 0.5 s and at 1 s (0 s was shown as it started)
    // Paused between two half seconds: the position shown is where it stopped.
    ws.getCurrentTime = () => 1.3;
    act(() => ws.emit('timeupdate', 1.3));
    act(() => ws.pause());
    expect(player.state.currentTime).toBe(1.3);
  });
});
