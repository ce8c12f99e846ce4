import { useEffect, useState } from 'react';
import { browserSynth } from './speakPrompt.js';

/** The system's voices; Chromium fills the list after start-up and says so with 'voiceschanged'. */
export function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => browserSynth()?.getVoices() ?? []);
  useEffect(() => {
    if (!browserSynth()) return;
    const synth = window.speechSynthesis;
    const load = () => setVoices(synth.getVoices());
    load();
    synth.addEventListener('voiceschanged', load);
    return () => synth.removeEventListener('voiceschanged', load);
  }, []);
  return voices;
}
