// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudioError } from '#shared/contract/errors.js';
import type { StudioClient } from '#renderer/api/client.js';
import { startRecordingSession, type Interruption } from '#renderer/recording/recordingSession.js';
import { knownWaveform } from '#renderer/replay/knownWaveforms.js';

/** Just enough of MediaStreamTrack / MediaStream / MediaRecorder / AudioContext to drive the session. */
class FakeTrack extends EventTarget {
  readyState: 'live' | 'ended' = 'live';
  stop() {
    this.readyState = 'ended';
  }
  getSettings() {
    return { deviceId: 'mic-1' };
  }
}

class FakeRecorder extends EventTarget {
  static last: FakeRecorder;
  state: 'inactive' | 'recording' = 'inactive';
  constructor(
    readonly stream: { getTracks(): FakeTrack[] },
    readonly options: { mimeType: string },
  ) {
    super();
    FakeRecorder.last = this;
  }
  static isTypeSupported = (type: string) => type === 'audio/webm;codecs=opus';
  start() {
    this.state = 'recording';
  }
  emit(...bytes: number[]) {
    const event = new Event('dataavailable') as Event & { data: Blob };
    event.data = new Blob([new Uint8Array(bytes)]);
    this.dispatchEvent(event);
  }
  stop() {
    if (this.state === 'inactive') return;
    this.state = 'inactive';
    this.emit(99); // the last chunk always comes before 'stop'
    this.dispatchEvent(new Event('stop'));
  }
}

class FakeAudioContext {
  static open = 0;
  static made: unknown[] = [];
  state = 'running';
  constructor(options?: unknown) {
    FakeAudioContext.open++;
    FakeAudioContext.made.push(options);
  }
  createMediaStreamSource() {
    return { connect() {}, disconnect() {} };
  }
  createAnalyser() {
    return { fftSize: 0, getFloatTimeDomainData() {} };
  }
  async close() {
    FakeAudioContext.open--;
  }
}

let track: FakeTrack;
let devices: Array<{ kind: string; deviceId: string }>;
let getUserMedia: ReturnType<typeof vi.fn>;

function fakeClient(appendImpl?: (seq: number) => Promise<void>) {
  const appended: Array<{ seq: number; bytes: number[] }> = [];
  const recordings = {
    begin: vi.fn(async () => ({ recordingId: 'rec-1' })),
    append: vi.fn(async ({ seq, bytes }: { seq: number; bytes: Uint8Array }) => {
      await appendImpl?.(seq);
      appended.push({ seq, bytes: [...bytes] });
      return { bytesReceived: 0 };
    }),
    finish: vi.fn(async () => ({ id: 'rec-1' })),
    discard: vi.fn(async () => ({ discarded: true })),
  };
  return { client: { recordings } as unknown as Pick<StudioClient, 'recordings'>, recordings, appended };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  track = new FakeTrack();
  devices = [{ kind: 'audioinput', deviceId: 'mic-1' }];
  getUserMedia = vi.fn(async () => ({ getTracks: () => [track], getAudioTracks: () => [track] }));
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getUserMedia, enumerateDevices: async () => devices },
  });
  vi.stubGlobal('MediaRecorder', FakeRecorder);
  vi.stubGlobal('AudioContext', FakeAudioContext);
  FakeAudioContext.open = 0;
  FakeAudioContext.made = [];
});
afterEach(() => vi.unstubAllGlobals());

describe('recording session', () => {
  it('begins with the preferred type, streams chunks in order, and finishes into an attempt', async () => {
    const { client, recordings, appended } = fakeClient();
    const session = await startRecordingSession({ client, questionId: 'q1', deviceId: 'mic-1', onInterrupted: vi.fn() });
    expect(recordings.begin).toHaveBeenCalledWith({ questionId: 'q1', mimeType: 'audio/webm;codecs=opus' });
    expect(getUserMedia).toHaveBeenCalledWith({
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false, deviceId: { ideal: 'mic-1' } },
    });
    FakeRecorder.last.emit(1);
    FakeRecorder.last.emit(2, 2);
    await expect(session.finish()).resolves.toEqual({ id: 'rec-1' });
    expect(appended).toEqual([
      { seq: 0, bytes: [1] },
      { seq: 1, bytes: [2, 2] },
      { seq: 2, bytes: [99] },
    ]);
    expect(recordings.finish).toHaveBeenCalledWith({ recordingId: 'rec-1' });
    // Everything opened is closed.
    expect(track.readyState).toBe('ended');
    expect(FakeAudioContext.open).toBe(0);
  });

  it('opens one audio context for the level meter and the waveform, rendering to no output device', async () => {
    const { client } = fakeClient();
    const session = await startRecordingSession({ client, questionId: 'q1', deviceId: null, onInterrupted: vi.fn() });
    // No output stream to the audio service, no resampling to the speakers' rate, and render
    // buffers of about 50 ms rather than 10 ms: the audio thread wakes 20 times a second, not 100.
    expect(FakeAudioContext.made).toEqual([{ latencyHint: 0.05, sinkId: { type: 'none' } }]);
    await session.finish();
    expect(FakeAudioContext.open).toBe(0);
  });

  it('a full disk interrupts at once and finish keeps what reached the disk', async () => {
    const onInterrupted = vi.fn<(r: Interruption, e?: unknown) => void>();
    const { client, recordings, appended } = fakeClient(async (seq) => {
      if (seq === 1) throw new StudioError('disk_full', 'no space');
    });
    const session = await startRecordingSession({ client, questionId: 'q1', deviceId: null, onInterrupted });
    FakeRecorder.last.emit(1);
    FakeRecorder.last.emit(2);
    await tick();
    await tick();
    expect(onInterrupted).toHaveBeenCalledWith('disk_full', expect.any(StudioError));
    await session.finish();
    expect(appended.map((a) => a.seq)).toEqual([0]);
    expect(recordings.finish).toHaveBeenCalled();
  });

  it('a microphone that goes away interrupts as mic_lost', async () => {
    const onInterrupted = vi.fn();
    const { client } = fakeClient();
    await startRecordingSession({ client, questionId: 'q1', deviceId: null, onInterrupted });
    track.dispatchEvent(new Event('ended'));
    expect(onInterrupted).toHaveBeenCalledWith('mic_lost', undefined);
    expect(onInterrupted).toHaveBeenCalledTimes(1);
  });

  it('the recorder stopping by itself (all tracks ended) is mic_lost too, but our own stop is not', async () => {
    const onInterrupted = vi.fn();
    const { client } = fakeClient();
    const session = await startRecordingSession({ client, questionId: 'q1', deviceId: null, onInterrupted });
    await session.finish();
    expect(onInterrupted).not.toHaveBeenCalled();

    const second = vi.fn();
    await startRecordingSession({ client, questionId: 'q1', deviceId: null, onInterrupted: second });
    FakeRecorder.last.stop();
    expect(second).toHaveBeenCalledWith('mic_lost', undefined);
  });

  it('no audio input at all is a NotFoundError before asking for permission', async () => {
    devices = [];
    const { client, recordings } = fakeClient();
    await expect(startRecordingSession({ client, questionId: 'q1', deviceId: null, onInterrupted: vi.fn() })).rejects.toMatchObject({
      name: 'NotFoundError',
    });
    expect(getUserMedia).not.toHaveBeenCalled();
    expect(recordings.begin).not.toHaveBeenCalled();
  });

  it('if main refuses to begin, the microphone is released and nothing is left open', async () => {
    const { client, recordings } = fakeClient();
    recordings.begin.mockRejectedValueOnce(new StudioError('disk_full', 'no space'));
    await expect(startRecordingSession({ client, questionId: 'q1', deviceId: null, onInterrupted: vi.fn() })).rejects.toMatchObject({
      code: 'disk_full',
    });
    expect(track.readyState).toBe('ended');
    expect(FakeAudioContext.open).toBe(0);
  });

  it('discard stops and asks main to throw the recording away', async () => {
    const { client, recordings } = fakeClient();
    const session = await startRecordingSession({ client, questionId: 'q1', deviceId: null, onInterrupted: vi.fn() });
    await session.discard();
    expect(recordings.discard).toHaveBeenCalledWith({ recordingId: 'rec-1' });
    expect(recordings.finish).not.toHaveBeenCalled();
    expect(track.readyState).toBe('ended');
  });

  it('measures the take’s waveform on the audio thread and sends it with finish, for the review to draw at once', async () => {
    /** A meter that heard 2 s at 48 kHz: one loud block in ten. */
    class FakeWorkletNode {
      readonly port = {
        onmessage: null as ((event: { data: unknown }) => void) | null,
        postMessage: () => {
          const peaks = Array.from({ length: 200 }, (_, i) => (i % 10 === 0 ? 0.5 : 0.125));
          queueMicrotask(() => this.port.onmessage?.({ data: { peaks, samples: 96_000, sampleRate: 48_000 } }));
        },
        close() {},
      };
    }
    class ContextWithWorklet extends FakeAudioContext {
      currentTime = 3;
      audioWorklet = { addModule: vi.fn(async () => {}) };
    }
    vi.stubGlobal('AudioContext', ContextWithWorklet);
    vi.stubGlobal('AudioWorkletNode', FakeWorkletNode);
    const { client, recordings } = fakeClient();
    recordings.finish.mockResolvedValueOnce({ id: 'rec-1', durationMs: 2000 } as never);
    const session = await startRecordingSession({ client, questionId: 'q1', deviceId: null, onInterrupted: vi.fn() });
    await tick(); // the meter has loaded and started
    FakeRecorder.last.emit(1);
    await session.finish();

    const sent = (recordings.finish.mock.calls[0] as unknown as [{ waveform: { peaks: number[]; coveredMs: number } }])[0];
    expect(sent.waveform.coveredMs).toBe(2000);
    expect(sent.waveform.peaks).toHaveLength(100); // 50 a second
    expect(Math.max(...sent.waveform.peaks)).toBe(0.5);
    expect(knownWaveform('rec-1')).toEqual(sent.waveform.peaks);
    expect(FakeAudioContext.open).toBe(0);
  });
});
