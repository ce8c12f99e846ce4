import { useEffect, useRef, useState } from 'react';
import WaveSurfer from 'wavesurfer.js';
import RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.esm.js';
import type { WaveformPeaks } from '#shared/schemas/waveform.js';
import { themeColor } from '#renderer/lib/themeColor.js';
import { drawPlayedPart, type PlayedPart } from './playedPart.js';

/** The regions layer of one player: pauses and STAR marks are drawn on it. */
export type RegionsLayer = ReturnType<typeof RegionsPlugin.create>;

export type PlayerState = {
  /** The waveform is drawn and the audio element can play (and seek) it. */
  ready: boolean;
  playing: boolean;
  currentTime: number;
  /** Seconds; finite once known. */
  duration: number;
  error: string | null;
};

/**
 * wavesurfer 8 holds a seek back while the element has less than HAVE_FUTURE_DATA and drops it
 * when the 'seeking' event of an earlier seek arrives. Played from the file by byte ranges (not
 * from a decoded copy), every seek lowers readyState until its bytes come, so a second seek soon
 * after a first (End, then Home, then a click) was lost and Play started from the wrong place.
 * Once the duration is known the element itself can take any seek (the last one wins), so every
 * seek (clicks and keys alike go through setTime) is also given to it straight away.
 */
function seekStraightAway(ws: WaveSurfer, media: HTMLMediaElement): void {
  const setTime = ws.setTime.bind(ws);
  ws.setTime = (time: number) => {
    if (media.readyState >= HTMLMediaElement.HAVE_METADATA && Number.isFinite(media.duration)) {
      media.currentTime = Math.max(0, Math.min(time, media.duration));
    }
    setTime(time);
  };
}

/**
 * One wavesurfer instance for one recording URL, destroyed with the component. The recording's
 * own duration (from the attempt) stands in until the audio reports one, because a recording
 * whose container lacks a duration reports Infinity.
 *
 * With `peaks` (measured while recording) the waveform is drawn from them at once and the audio
 * element streams the file by byte ranges: nothing is fetched whole or decoded, so a 5-minute take
 * is ready as fast as a 10-second one. With `null` wavesurfer fetches and decodes the recording to
 * draw it, as for takes kept without peaks. While `peaks` is undefined (still being asked for),
 * nothing is created yet.
 */
export function useWaveSurfer(url: string, fallbackSeconds: number, peaks: WaveformPeaks | null | undefined = null) {
  const container = useRef<HTMLDivElement>(null);
  const instance = useRef<WaveSurfer | null>(null);
  const played = useRef<PlayedPart | null>(null);
  const [regions, setRegions] = useState<RegionsLayer | null>(null);
  const [state, setState] = useState<PlayerState>({
    ready: false,
    playing: false,
    currentTime: 0,
    duration: fallbackSeconds,
    error: null,
  });

  useEffect(() => {
    const element = container.current;
    if (!element || peaks === undefined) return;
    const ws = WaveSurfer.create({
      container: element,
      url,
      ...(peaks ? { peaks: [peaks], duration: fallbackSeconds } : {}),
      height: 88,
      barWidth: 2,
      barGap: 1,
      barRadius: 2,
      normalize: true,
      dragToSeek: true,
      waveColor: themeColor(element, '--wave', '#9aa7b8'),
      progressColor: themeColor(element, '--wave-progress', '#2f6fdb'),
      // The cursor is the played part's edge (review.css), which moves with it (playedPart.ts).
      cursorWidth: 0,
    });
    instance.current = ws;
    setRegions(ws.registerPlugin(RegionsPlugin.create()));
    const finite = (d: number) => (Number.isFinite(d) && d > 0 ? d : fallbackSeconds);
    const update = (patch: Partial<PlayerState>) => setState((s) => ({ ...s, ...patch }));

    // Play is offered once the waveform is drawn and the element has enough of the audio to
    // play: with peaks the drawing comes first, when decoding the audio comes first. Buffering
    // ahead (not just the metadata, Chromium's default) is what lets 'canplay' come unasked.
    const media = ws.getMediaElement();
    if (media) media.preload = 'auto';
    if (media) seekStraightAway(ws, media);
    let drawn = false;
    let playable = !media; // without an element (a Web Audio backend) there is nothing to wait for
    const onCanPlay = () => {
      playable = true;
      if (drawn) update({ ready: true });
    };
    media?.addEventListener('canplay', onCanPlay);
    // What the player shows changes only at half seconds (the clock floors whole seconds, the
    // spoken position rounds them), so the player re-renders twice a second while playing.
    let shownHalfSecond = -1;
    const follow = (t: number) => {
      const half = Math.floor(t * 2);
      if (half === shownHalfSecond) return;
      shownHalfSecond = half;
      update({ currentTime: t });
    };
    // While playing, wavesurfer reports the time only at the media element's time updates (about
    // four a second) once its per-frame loop is off: the played part's steps report the half seconds.
    played.current = drawPlayedPart(ws, { onStep: follow });
    const subscriptions = [
      ws.on('ready', (d) => {
        drawn = true;
        update({ ready: playable, duration: finite(d), error: null });
      }),
      ws.on('decode', (d) => update({ duration: finite(d) })),
      ws.on('timeupdate', follow),
      ws.on('play', () => update({ playing: true })),
      ws.on('pause', () => update({ playing: false, currentTime: ws.getCurrentTime() })),
      ws.on('finish', () => update({ playing: false })),
      ws.on('error', (e) => update({ error: e.message || 'The recording could not be loaded.' })),
    ];
    return () => {
      subscriptions.forEach((off) => off());
      media?.removeEventListener('canplay', onCanPlay);
      played.current?.destroy();
      played.current = null;
      ws.destroy();
      instance.current = null;
      setRegions(null);
      setState((s) => ({ ...s, ready: false, playing: false }));
    };
  }, [url, fallbackSeconds, peaks]);

  const seekTo = (seconds: number) => {
    const ws = instance.current;
    if (!ws) return;
    const t = Math.min(Math.max(0, seconds), state.duration);
    ws.setTime(t);
    setState((s) => ({ ...s, currentTime: t }));
  };

  return {
    container,
    state,
    regions,
    /** The playhead now, in whole ms (read from the player, not from the last time update). */
    currentMs: () => Math.round((instance.current?.getCurrentTime() ?? state.currentTime) * 1000),
    /**
     * Acts on what the button shows, not on the element's state: a "Pause" pressed just as the
     * take ended must not start it again from the beginning (the element's own toggle would).
     */
    playPause: () => (state.playing ? instance.current?.pause() : void instance.current?.play().catch(() => {})),
    pause: () => instance.current?.pause(),
    seekTo,
    skip: (delta: number) => seekTo((instance.current?.getCurrentTime() ?? state.currentTime) + delta),
    setRate: (rate: number) => {
      instance.current?.setPlaybackRate(rate, true);
      // The played part's steps were timed for the old speed.
      played.current?.restart();
    },
  };
}
