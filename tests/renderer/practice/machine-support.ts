import {
  initialPracticeState,
  practiceReducer,
  type FlowConfig,
  type PracticeEvent,
  type PracticeState,
} from '#renderer/practice/machine.js';

export const config = (over: Partial<FlowConfig> = {}): FlowConfig => ({
  thinkMs: 30_000,
  autoStart: true,
  hardLimitMs: null,
  speak: true,
  ...over,
});

/** A fake clock: each step advances it, and events carry its reading. */
export function run(events: Array<PracticeEvent | ((now: number) => PracticeEvent)>, start = initialPracticeState(), t0 = 1000) {
  let now = t0;
  let state = start;
  for (const e of events) {
    state = practiceReducer(state, typeof e === 'function' ? e(now) : e);
    now += 100;
  }
  return state;
}

export const startEv = (c: FlowConfig, now = 0): PracticeEvent => ({ type: 'START', now, config: c });
export const phaseOf = (s: PracticeState) => s.phase.name;
