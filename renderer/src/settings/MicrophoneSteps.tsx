type System = 'macos' | 'windows' | 'linux';

const STEPS: Record<System, { name: string; steps: string[] }> = {
  macos: {
    name: 'macOS',
    steps: [
      'Open System Settings → Privacy & Security → Microphone.',
      'Switch Interview Studio on.',
      'Restart Interview Studio, then press Try again.',
    ],
  },
  windows: {
    name: 'Windows',
    steps: [
      'Open Settings → Privacy & security → Microphone.',
      'Turn on “Microphone access” and “Let desktop apps access your microphone”.',
      'Press Try again.',
    ],
  },
  linux: {
    name: 'Linux',
    steps: [
      'No permission is needed: check the microphone is plugged in and not muted.',
      'Pick the right input in your sound settings (PulseAudio or PipeWire), or choose it above.',
      'Press Try again.',
    ],
  },
};

/** The person's own system, as far as the browser says; Linux when it says neither of the others. */
export function systemOf(platform: string): System {
  if (/mac/i.test(platform)) return 'macos';
  if (/win/i.test(platform)) return 'windows';
  return 'linux';
}

/** How to let the app use the microphone, for the person's own system first and the others below. */
export function MicrophoneSteps() {
  const own = systemOf(navigator.platform || navigator.userAgent);
  const others = (Object.keys(STEPS) as System[]).filter((s) => s !== own);
  return (
    <section className="card" aria-labelledby="mic-steps-title">
      <h2 id="mic-steps-title">How to let Interview Studio use the microphone on {STEPS[own].name}</h2>
      <ol>
        {STEPS[own].steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {others.map((system) => (
        <details key={system}>
          <summary>On {STEPS[system].name}</summary>
          <ol>
            {STEPS[system].steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </details>
      ))}
    </section>
  );
}
