import type { Page } from '@playwright/test';

/**
 * What the bench observes inside the page, installed before the app's own scripts run. It wraps
 * browser APIs (never the app's code), so the app under test is exactly what ships. All times are
 * on the page's clock (performance.now(), the same timebase as event.timeStamp).
 */
export interface ProbeReadings {
  /** When the last click the user (Playwright) made was dispatched. */
  lastClickAt: number | null;
  /** Every MediaRecorder.start() call. */
  recorderStarts: number[];
  /** Every MediaRecorder 'stop' event (the recorder has flushed its last chunk). */
  recorderStops: number[];
  /** The last `recordings:finish` call over the bridge: sent and answered. */
  finishSentAt: number | null;
  finishAnsweredAt: number | null;
  /** Since the last reset: the "Listen back" heading appeared; its Play button became enabled. */
  listenBackAt: number | null;
  playEnabledAt: number | null;
  /**
   * Since the last reset: the first request for the recording (/media/…), from Resource Timing: the
   * player's (measuring waits for the player). Null until it has completed.
   */
  mediaRequestedAt: number | null;
  mediaReceivedAt: number | null;
  /** Microphone tracks still live, AudioContexts not closed, blob: URLs not revoked. */
  liveTracks: number;
  tracksHandedOut: number;
  openAudioContexts: number;
  audioContextsMade: number;
  unrevokedBlobUrls: number;
  blobUrlsMade: number;
}

interface ProbeState {
  lastClickAt: number | null;
  recorderStarts: number[];
  recorderStops: number[];
  finishSentAt: number | null;
  finishAnsweredAt: number | null;
  listenBackAt: number | null;
  playEnabledAt: number | null;
  tracks: WeakRef<MediaStreamTrack>[];
  contexts: WeakRef<BaseAudioContext>[];
  audioContextsMade: number;
  blobUrls: Set<string>;
  blobUrlsMade: number;
}

type ProbeWindow = { __benchProbes: ProbeState };

export async function installProbes(page: Page): Promise<void> {
  await page.addInitScript(probeScript);
}

/** Forgets the Listen back / Play marks, before stopping the next take. */
export async function resetReplayMarks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const p = (window as unknown as ProbeWindow).__benchProbes;
    p.listenBackAt = null;
    p.playEnabledAt = null;
    p.finishSentAt = null;
    p.finishAnsweredAt = null;
    performance.clearResourceTimings();
  });
}

export async function readProbes(page: Page): Promise<ProbeReadings> {
  return page.evaluate(() => {
    const p = (window as unknown as ProbeWindow).__benchProbes;
    const contexts = p.contexts.map((ref) => ref.deref()).filter((c): c is BaseAudioContext => c !== undefined);
    const tracks = p.tracks.map((ref) => ref.deref()).filter((t): t is MediaStreamTrack => t !== undefined);
    const media = performance
      .getEntriesByType('resource')
      .filter((e): e is PerformanceResourceTiming => e.name.includes('/media/'))
      .sort((a, b) => a.startTime - b.startTime)[0];
    return {
      lastClickAt: p.lastClickAt,
      recorderStarts: [...p.recorderStarts],
      recorderStops: [...p.recorderStops],
      finishSentAt: p.finishSentAt,
      finishAnsweredAt: p.finishAnsweredAt,
      listenBackAt: p.listenBackAt,
      playEnabledAt: p.playEnabledAt,
      mediaRequestedAt: media?.startTime ?? null,
      mediaReceivedAt: media?.responseEnd ?? null,
      // A track the page no longer references was collected; a live one is kept while it captures.
      liveTracks: tracks.filter((t) => t.readyState === 'live').length,
      tracksHandedOut: p.tracks.length,
      // A context the page no longer references was collected: it is not held open.
      openAudioContexts: contexts.filter((c) => c.state !== 'closed').length,
      audioContextsMade: p.audioContextsMade,
      unrevokedBlobUrls: p.blobUrls.size,
      blobUrlsMade: p.blobUrlsMade,
    };
  });
}

/** Resolves once the page has seen Play become enabled since the last reset (bounded by `timeoutMs`). */
export async function waitForReplayable(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__benchProbes.playEnabledAt !== null, undefined, {
    timeout: timeoutMs,
  });
}

/** Serialized into the page by addInitScript: it must not use anything from this module's scope. */
function probeScript(): void {
  const state: ProbeState = {
    lastClickAt: null,
    recorderStarts: [],
    recorderStops: [],
    finishSentAt: null,
    finishAnsweredAt: null,
    listenBackAt: null,
    playEnabledAt: null,
    // Weakly, so counting keeps nothing alive: a strong reference to a track would also keep the
    // app's recorder and its listeners (closed over beside it) alive, and show up as a leak.
    tracks: [],
    contexts: [],
    audioContextsMade: 0,
    blobUrls: new Set(),
    blobUrlsMade: 0,
  };
  (window as unknown as ProbeWindow).__benchProbes = state;

  window.addEventListener(
    'click',
    (event) => {
      if (event.isTrusted) state.lastClickAt = event.timeStamp;
    },
    true,
  );

  const recorder = MediaRecorder.prototype;
  const start = recorder.start;
  recorder.start = function (this: MediaRecorder, ...args: Parameters<MediaRecorder['start']>) {
    state.recorderStarts.push(performance.now());
    this.addEventListener('stop', () => state.recorderStops.push(performance.now()), { once: true });
    return start.apply(this, args);
  };

  const fetchOriginal = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.includes('/api/recordings:finish')) return fetchOriginal(input, init);
    state.finishSentAt = performance.now();
    const response = await fetchOriginal(input, init);
    state.finishAnsweredAt = performance.now();
    return response;
  };

  const media = navigator.mediaDevices;
  const getUserMedia = media.getUserMedia.bind(media);
  media.getUserMedia = async (constraints) => {
    const stream = await getUserMedia(constraints);
    for (const track of stream.getTracks()) state.tracks.push(new WeakRef(track));
    return stream;
  };

  const NativeAudioContext = window.AudioContext;
  window.AudioContext = class extends NativeAudioContext {
    constructor(options?: AudioContextOptions) {
      super(options);
      state.audioContextsMade++;
      // A weak reference, so counting does not keep a context (or the heap) alive.
      state.contexts.push(new WeakRef(this));
    }
  };

  const createObjectURL = URL.createObjectURL.bind(URL);
  const revokeObjectURL = URL.revokeObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    const url = createObjectURL(object);
    state.blobUrls.add(url);
    state.blobUrlsMade++;
    return url;
  };
  URL.revokeObjectURL = (url) => {
    state.blobUrls.delete(url);
    revokeObjectURL(url);
  };

  // The moment the review appears and the moment its Play button is enabled (wavesurfer has the audio).
  // Found by visible text, as the e2e tests find them by role and name, so markup changes do not matter.
  const observer = new MutationObserver(() => {
    if (state.listenBackAt === null) {
      const headings = document.querySelectorAll('h1, h2, h3');
      if ([...headings].some((h) => h.textContent?.trim() === 'Listen back')) state.listenBackAt = performance.now();
    }
    if (state.playEnabledAt === null && state.listenBackAt !== null) {
      const buttons = document.querySelectorAll<HTMLButtonElement>('button');
      if ([...buttons].some((b) => b.textContent?.trim() === 'Play' && !b.disabled)) state.playEnabledAt = performance.now();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
}
