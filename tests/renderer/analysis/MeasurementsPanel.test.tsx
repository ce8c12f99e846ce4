// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MeasurementsPanel } from '#renderer/analysis/MeasurementsPanel.js';
import { forgetMeasurements, type MeasureSteps } from '#renderer/analysis/measureAttempt.js';
import { useMeasurements } from '#renderer/analysis/useMeasurements.js';
import type { StudioClient } from '#renderer/api/client.js';
import type { Attempt } from '#shared/schemas/attempt.js';
import { ANALYSIS_VERSION, type Measurements } from '#shared/schemas/measurements.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';
import { useMountedRoot } from '#tests/support/mount.js';

const view = useMountedRoot();

const measurements: Measurements = {
  durationMs: 90_000,
  speechMs: 70_000,
  leadingSilenceMs: 1500,
  trailingSilenceMs: 2000,
  pauses: [{ startMs: 30_000, endMs: 31_800 }],
  pauseCount: 1,
  longestPauseMs: 1800,
  speechLevelDb: -20,
  levelSteadinessDb: 8,
  noiseFloorDb: -66,
  clippedShare: 0.01,
  analysisVersion: ANALYSIS_VERSION,
  wordsPerMinute: 148,
  syllablesPerSecond: 3.3,
  articulationRate: 3.9,
  pitchMedianHz: 180,
  pitchRangeSemitones: 7,
  pitchVariety: 2.1,
};

let release: () => void;
let steps: MeasureSteps;
const client = {
  mediaUrl: (id: string) => `media/${id}`,
  attempts: { measure: vi.fn(async ({ attemptId }: { attemptId: string }) => makeAttempt({ id: attemptId, measurements })) },
} as unknown as Pick<StudioClient, 'attempts' | 'mediaUrl'>;

function Harness({ attempt, onSaved, onSeek }: { attempt: Attempt; onSaved(a: Attempt): void; onSeek?: (ms: number) => void }) {
  const state = useMeasurements(client, attempt, onSaved, steps);
  return <MeasurementsPanel state={state} limits={{ minSeconds: 60, maxSeconds: 120 }} onSeek={onSeek} />;
}

beforeEach(() => {
  const gate = new Promise<void>((resolve) => (release = resolve));
  steps = {
    decode: vi.fn(async () => {
      await gate;
      return { channels: [new Float32Array(8)], sampleRate: 8000 };
    }),
    measure: vi.fn(async () => measurements),
  };
});
afterEach(() => {
  forgetMeasurements();
});

describe('the measurements beside the review', () => {
  it('measures a fresh take quietly, then shows its facts, the clipping warning and the pauses', async () => {
    const onSaved = vi.fn();
    const onSeek = vi.fn();
    const attempt = makeAttempt({ id: '00000000-0000-4000-8000-0000000000b1' });
    act(() => view.root.render(<Harness attempt={attempt} onSaved={onSaved} onSeek={onSeek} />));
    expect(view.container.textContent).toContain('Measuring…');
    await act(async () => release());
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: attempt.id, measurements }));
    expect(view.container.querySelector('[data-fact="pauses"]')!.textContent).toContain('1 of half a second or more; the longest 1.8 s');
    expect(view.container.querySelector('[role="note"]')!.textContent).toMatch(/distorted \(1\.0% of the audio\)/);
    const pause = view.container.querySelector<HTMLButtonElement>('.pause-list button')!;
    expect(pause.textContent).toBe('1.8 s at 0:30');
    act(() => pause.click());
    expect(onSeek).toHaveBeenCalledWith(28_500);
  });

  it('shows stored measurements at once, without measuring again', () => {
    act(() => view.root.render(<Harness attempt={makeAttempt({ measurements })} onSaved={() => {}} />));
    expect(steps.decode).not.toHaveBeenCalled();
    expect(view.container.querySelector('[data-testid="measurements"]')).not.toBeNull();
  });

  it('measures again a take measured before pace and pitch existed, showing the old figures meanwhile', async () => {
    const { analysisVersion: _v, wordsPerMinute: _w, syllablesPerSecond: _s, articulationRate: _a, ...old } = measurements;
    const onSaved = vi.fn();
    const attempt = makeAttempt({ id: '00000000-0000-4000-8000-0000000000b3', measurements: old });
    act(() => view.root.render(<Harness attempt={attempt} onSaved={onSaved} />));
    expect(view.container.querySelector('[data-fact="pauses"]')).not.toBeNull();
    expect(view.container.querySelector('[data-fact="pace"]')).toBeNull();
    expect(steps.decode).toHaveBeenCalledWith(`media/${attempt.id}`);
    await act(async () => release());
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: attempt.id, measurements }));
    expect(view.container.querySelector('[data-fact="pace"]')!.textContent).toContain('148 words/min — comfortable (about 120–160)');
    expect(view.container.querySelector('[data-fact="pitch"]')!.textContent).toContain('Lively');
  });

  it('measures again a take from the version before fast speech was counted better (2), showing its pace meanwhile', async () => {
    const onSaved = vi.fn();
    const older = { ...measurements, analysisVersion: 2, wordsPerMinute: 151 };
    const attempt = makeAttempt({ id: '00000000-0000-4000-8000-0000000000b4', measurements: older });
    act(() => view.root.render(<Harness attempt={attempt} onSaved={onSaved} />));
    expect(view.container.querySelector('[data-fact="pace"]')!.textContent).toContain('151 words/min');
    expect(steps.decode).toHaveBeenCalledWith(`media/${attempt.id}`);
    await act(async () => release());
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: attempt.id, measurements }));
    expect(view.container.querySelector('[data-fact="pace"]')!.textContent).toContain('148 words/min');
  });

  it('says quietly when the audio cannot be decoded, and when there is no audio', async () => {
    vi.mocked(steps.decode).mockRejectedValueOnce(new Error('Unable to decode audio data'));
    act(() => view.root.render(<Harness attempt={makeAttempt({ id: '00000000-0000-4000-8000-0000000000b2' })} onSaved={() => {}} />));
    await act(async () => {});
    expect(view.container.textContent).toContain(
      'This recording could not be measured (Unable to decode audio data). Everything else works as usual.',
    );

    act(() => view.root.render(<Harness attempt={makeAttempt({ hasRecording: false })} onSaved={() => {}} />));
    expect(view.container.textContent).toContain('nothing to measure');
  });
});
