/**
 * A live loudness reading from a microphone stream, through Web Audio's AnalyserNode. The stream
 * is only analysed (not played), so nothing is routed to the speakers.
 */
export type LevelProbe = { read(): number; close(): Promise<void> };

/** The microphone as Web Audio sees it, for the level meter and (while recording) the waveform. */
export type LiveAudio = { context: AudioContext; source: MediaStreamAudioSourceNode };

/**
 * What the live context asks for. Nothing it carries is meant to be heard, so it renders to no
 * output device at all (`sinkId: { type: 'none' }`, Chromium 110+; elsewhere the member is ignored):
 * otherwise it keeps an output stream to the audio service open, woken every 10 ms, and runs at the
 * speakers' rate, resampling the microphone into it. The latency asks for render buffers of about
 * 50 ms, so the audio thread wakes about 20 times a second instead of about 100, and each of the
 * level meter's reads (15 a second) still finds fresh audio; the waveform's peaks see every sample
 * whatever the buffer.
 */
export const LIVE_AUDIO_OPTIONS: AudioContextOptions & { sinkId: { type: 'none' } } = {
  latencyHint: 0.05,
  sinkId: { type: 'none' },
};

export function openLiveAudio(stream: MediaStream): LiveAudio {
  const context = new AudioContext(LIVE_AUDIO_OPTIONS);
  const source = context.createMediaStreamSource(stream);
  // A context made without a fresh user gesture may start suspended; resume quietly when allowed.
  if (context.state === 'suspended') void context.resume().catch(() => {});
  return { context, source };
}

/** A level meter on `live` (its own by default); closing the probe closes that context. */
export function createLevelProbe(stream: MediaStream, live: LiveAudio = openLiveAudio(stream)): LevelProbe {
  const { context, source } = live;
  const analyser = context.createAnalyser();
  // 85 ms at 48 kHz: more than the meter's 66 ms between reads, so no sound falls between two.
  analyser.fftSize = 4096;
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  let closed = false;

  return {
    read() {
      if (closed) return 0;
      analyser.getFloatTimeDomainData(samples);
      return levelFromSamples(samples);
    },
    async close() {
      if (closed) return;
      closed = true;
      source.disconnect();
      await context.close().catch(() => {});
    },
  };
}

/** RMS mapped onto 0..1 on a rough decibel scale (-60 dB → 0, 0 dB → 1), which tracks what ears hear. */
export function levelFromSamples(samples: Float32Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  const rms = Math.sqrt(sum / Math.max(1, samples.length));
  if (rms <= 0) return 0;
  const db = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (db + 60) / 60));
}

export const stopStream = (stream: MediaStream | null) => stream?.getTracks().forEach((t) => t.stop());

export async function openMicrophone(deviceId: string | null): Promise<MediaStream> {
  // An exact device id fails with OverconstrainedError when that device is gone; 'ideal' falls
  // back to another input, which is what someone who unplugged a headset expects.
  // The voice as it is: a rehearsal is judged by listening back, and the delivery measurements
  // need the real room. Chromium's default noise suppression takes a second or two to learn the
  // room, so the noise before the first word came through loud enough to read as speech ("time
  // to first word" off by up to 3 s in a noisy room), and automatic gain pushed speech peaks to
  // full scale (false clipping, flattened loudness). Echo cancellation has nothing to cancel:
  // nothing plays while the app records.
  const audio: MediaTrackConstraints = {
    echoCancellation: false,
    noiseSuppression: false,
    autoGainControl: false,
    ...(deviceId ? { deviceId: { ideal: deviceId } } : {}),
  };
  return navigator.mediaDevices.getUserMedia({ audio });
}

export async function listMicrophones(): Promise<MediaDeviceInfo[]> {
  if (!('mediaDevices' in navigator)) return [];
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'audioinput');
}

/**
 * Fails with NotFoundError when the system has no audio input at all, before getUserMedia is asked:
 * that way "no microphone" is not confused with a refused permission.
 */
export async function assertMicrophonePresent(): Promise<void> {
  if (!('mediaDevices' in navigator)) throw new DOMException('This window cannot use a microphone.', 'NotFoundError');
  if ((await listMicrophones()).length === 0) throw new DOMException('No microphone is connected.', 'NotFoundError');
}
