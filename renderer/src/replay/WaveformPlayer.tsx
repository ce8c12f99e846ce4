import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { PLAYBACK_RATES } from '#shared/schemas/settings.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { useClient } from '#renderer/api/ClientContext.js';
import { useShortcuts } from '#renderer/lib/shortcuts.js';
import { formatClock, formatSpoken } from '#renderer/lib/answerBand.js';
import { usePlaybackRate } from '#renderer/lib/playbackRate.js';
import { claimPlayback, ownsPlaybackKey } from './exclusivePlayback.js';
import { useRecordingPlayer } from './useRecordingPlayer.js';
import type { useWaveSurfer } from './useWaveSurfer.js';

type Props = { attempt: Pick<Attempt, 'id' | 'durationMs'> };

/** One player's controls and state, as useWaveSurfer gives them. */
export type Player = ReturnType<typeof useWaveSurfer>;

const STEP_SECONDS = 5;

/** Replay of one answer: waveform (click or arrow keys to seek), play/pause, ±5 s and speed. */
export function WaveformPlayer({ attempt }: Props) {
  return <WaveformView player={useRecordingPlayer(useClient(), attempt)} />;
}

/**
 * The player's view, for a caller that holds the player itself (to draw on its waveform or read its
 * playhead). `children` go under the controls.
 */
export function WaveformView({ player, children }: { player: Player; children?: ReactNode }) {
  const { state } = player;
  // The speed chosen last (in any player, or in Settings) is where each replay starts.
  const remembered = usePlaybackRate();
  const [rate, setRate] = useState(remembered.rate);
  const { ready } = state;
  useEffect(() => {
    if (ready) player.setRate(rate);
    // The player object changes identity each render; the speed is set again only when it is ready or changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- player is read at the moment, not a trigger
  }, [ready, rate]);

  // Starting this take pauses any other that plays.
  const root = useRef<HTMLElement>(null);
  const latest = useRef(player);
  latest.current = player;
  const { playing } = state;
  useEffect(() => {
    if (!playing) return;
    return claimPlayback(() => {
      latest.current.pause();
    });
  }, [playing]);

  useShortcuts((event) => {
    if (event.key === 'p' || event.key === 'P' || event.key === ' ') {
      if (!ownsPlaybackKey(root.current, document.activeElement)) return false;
      player.playPause();
      return true;
    }
    return false;
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, () => void> = {
      ArrowLeft: () => player.skip(-STEP_SECONDS),
      ArrowDown: () => player.skip(-STEP_SECONDS),
      ArrowRight: () => player.skip(STEP_SECONDS),
      ArrowUp: () => player.skip(STEP_SECONDS),
      Home: () => player.seekTo(0),
      End: () => player.seekTo(state.duration),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  return (
    <section className="player" aria-label="Replay your answer" ref={root} data-player="">
      <div
        ref={player.container}
        className="player__wave"
        role="slider"
        tabIndex={0}
        aria-label="Playback position"
        aria-valuemin={0}
        aria-valuemax={Math.round(state.duration)}
        aria-valuenow={Math.round(state.currentTime)}
        aria-valuetext={`${formatSpoken(state.currentTime * 1000)} of ${formatSpoken(state.duration * 1000)}`}
        onKeyDown={onKeyDown}
      />
      {state.error && (
        <p className="error-text" role="alert">
          The recording could not be played: {state.error}
        </p>
      )}
      <div className="player__controls">
        <button type="button" className="button" onClick={() => player.skip(-STEP_SECONDS)}>
          Back 5 s
        </button>
        <button
          type="button"
          className="button button--primary player__play"
          onClick={player.playPause}
          disabled={!state.ready}
          aria-keyshortcuts="P"
        >
          {state.playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" className="button" onClick={() => player.skip(STEP_SECONDS)}>
          Forward 5 s
        </button>
        <span className="player__time" data-testid="player-time">
          <span>{formatClock(state.currentTime * 1000)}</span> /{' '}
          <span data-testid="player-duration">{formatClock(state.duration * 1000)}</span>
        </span>
        <label className="player__rate">
          <span>Speed</span>
          <select
            value={rate}
            onChange={(e) => {
              const next = Number(e.target.value);
              setRate(next);
              remembered.setRate(next);
            }}
          >
            {[...new Set<number>([...PLAYBACK_RATES, rate])].map((r) => (
              <option key={r} value={r}>
                {r}×
              </option>
            ))}
          </select>
        </label>
      </div>
      {children}
    </section>
  );
}
