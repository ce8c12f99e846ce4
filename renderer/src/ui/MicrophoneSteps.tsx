import { useId } from 'react';

type System = 'macos' | 'windows' | 'linux';

/** Where the steps are shown: the microphone check has the microphone list above them; the practice screen does not. */
type Where = 'check' | 'practice';

const pickInput = (where: Where) =>
  `Pick the right input in your sound settings (PulseAudio or PipeWire), or choose it ${where === 'check' ? 'above' : 'in the microphone check'}.`;

const stepsFor = (where: Where): Record<System, { name: string; steps: string[] }> => ({
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
    steps: ['No permission is needed: check the microphone is plugged in and not muted.', pickInput(where), 'Press Try again.'],
  },
});

/** The person's own system, as far as the browser says; Linux when it says neither of the others. */
export function systemOf(platform: string): System {
  if (/mac/i.test(platform)) return 'macos';
  if (/win/i.test(platform)) return 'windows';
  return 'linux';
}

/**
 * How to let the app use the microphone, for the person's own system first and the others below.
 * Shown by the microphone check and by the practice screen when the microphone is blocked or missing.
 */
export function MicrophoneSteps({ className = 'card', where = 'check' }: { className?: string; where?: Where }) {
  const STEPS = stepsFor(where);
  const own = systemOf(navigator.platform || navigator.userAgent);
  const others = (Object.keys(STEPS) as System[]).filter((s) => s !== own);
  const titleId = useId();
  return (
    <section className={className} aria-labelledby={titleId}>
      <h2 id={titleId}>How to let Interview Studio use the microphone on {STEPS[own].name}</h2>
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
