/** The slice of the Web Speech API the prompt reader uses; tests pass a fake. */
export type SpeechPort = Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices'>;

export type SpeakOptions = {
  synth: SpeechPort | null;
  voiceURI: string | null;
  rate: number;
  /** Utterance constructor, injectable because happy-dom and Node have none. */
  makeUtterance?: (text: string) => SpeechSynthesisUtterance;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
};

/** How the reading ended: only 'spoken' means the user heard the whole question. */
export type SpeechOutcome = 'spoken' | 'cancelled' | 'unavailable' | 'error' | 'timeout';

/**
 * How long a reading may take before we give up on it. Speech runs at roughly 14 characters a
 * second at rate 1; allow twice that, plus a start-up margin, because some engines (Chromium with
 * speech-dispatcher) start and never send 'end', and Chromium's 'end' can be lost altogether when
 * the utterance is collected (crbug.com/509488).
 */
export function speechTimeoutMs(text: string, rate: number): number {
  const perChar = 140 / Math.max(0.5, rate);
  return Math.round(4000 + text.length * perChar);
}

export type Reading = { done: Promise<SpeechOutcome>; cancel(): void };

export function speakPrompt(text: string, options: SpeakOptions): Reading {
  const { synth, voiceURI, rate } = options;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  const makeUtterance = options.makeUtterance ?? ((t: string) => new SpeechSynthesisUtterance(t));

  if (!synth) return { done: Promise.resolve('unavailable'), cancel() {} };

  let settle: (outcome: SpeechOutcome) => void = () => {};
  const done = new Promise<SpeechOutcome>((resolve) => {
    let settled = false;
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      clearTimer(timer);
      resolve(outcome);
    };
  });

  let utterance: SpeechSynthesisUtterance;
  try {
    utterance = makeUtterance(text);
  } catch {
    return { done: Promise.resolve('unavailable'), cancel() {} };
  }
  utterance.rate = rate;
  // No chosen voice (or it was uninstalled) means the system default, which may still work.
  const voice = voiceURI ? synth.getVoices().find((v) => v.voiceURI === voiceURI) : undefined;
  if (voice) utterance.voice = voice;
  utterance.onend = () => settle('spoken');
  utterance.onerror = (event) => {
    const reason = (event as SpeechSynthesisErrorEvent).error;
    settle(reason === 'interrupted' || reason === 'canceled' ? 'cancelled' : 'error');
  };

  const timer = setTimer(
    () => {
      synth.cancel();
      settle('timeout');
    },
    speechTimeoutMs(text, rate),
  );

  try {
    // A queue left over from an earlier reading would delay this one past its timeout.
    synth.cancel();
    synth.speak(utterance);
  } catch {
    settle('error');
  }

  return {
    done,
    cancel() {
      settle('cancelled');
      synth.cancel();
    },
  };
}

export const browserSynth = (): SpeechPort | null =>
  typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
