import { describe, expect, it, vi } from 'vitest';
import type { Library } from '#shared/content/schema.js';
import { handleFlowKey, promptProps } from '#renderer/practice/flowWiring.js';
import { initialPracticeState, type PracticeEvent, type PracticeState } from '#renderer/practice/machine.js';
import { config, run, startEv } from './machine-support.js';

const question = {
  id: 'q1',
  text: 'Tell me about a time you calmed an upset patient.',
  categoryId: 'patient-communication',
  answerType: 'behavioral',
} as unknown as Library['questions'][number];
const library = { categories: [{ id: 'patient-communication', name: 'Patient communication' }] } as unknown as Library;

const flowAt = (state: PracticeState) => {
  const events: PracticeEvent[] = [];
  return { flow: { state, dispatch: (e: PracticeEvent) => void events.push(e), now: () => 5000 }, events };
};
// The fields the shortcut code reads; these tests run in Node, where there is no KeyboardEvent.
const key = (k: string, shift = false) => ({ key: k, shiftKey: shift, altKey: false, ctrlKey: false, metaKey: false }) as KeyboardEvent;

describe('the question card of a take', () => {
  it('is being read while prompting, and can be read again only during think time', () => {
    const prompting = promptProps(flowAt(run([startEv(config())])).flow, question, library);
    expect(prompting).toMatchObject({ speaking: true, canReplay: false, category: { name: 'Patient communication' } });
    const thinking = run([startEv(config()), (now) => ({ type: 'SKIP_PROMPT', now })]);
    expect(promptProps(flowAt(thinking).flow, question, library)).toMatchObject({ speaking: false, canReplay: true });
  });

  it('skips the reading with the time of the press', () => {
    const { flow, events } = flowAt(run([startEv(config())]));
    promptProps(flow, question, library).onSkip();
    expect(events).toEqual([{ type: 'SKIP_PROMPT', now: 5000 }]);
  });
});

describe('the take keys', () => {
  it('turn R into the flow event of the moment and say they were used', () => {
    const { flow, events } = flowAt(initialPracticeState(config()));
    expect(handleFlowKey(key('r'), flow, question)).toBe(true);
    expect(events).toEqual([{ type: 'START', now: 5000, config: initialPracticeState(config()).config }]);
  });

  it('leave other keys to the screen', () => {
    const { flow, events } = flowAt(initialPracticeState(config()));
    const used = handleFlowKey(key('x'), flow, question);
    expect(used).toBe(false);
    expect(events).toEqual([]);
  });

  it('mark STAR while recording only where STAR fits the question', () => {
    const recording = run([startEv(config({ speak: false, thinkMs: 0 })), { type: 'RECORDING_STARTED', now: 10_000, recordingId: 'r1' }]);
    expect(recording.phase.name).toBe('recording');
    const behavioral = flowAt(recording);
    expect(handleFlowKey(key('S', true), behavioral.flow, question)).toBe(true);
    const situational = flowAt(recording);
    const dispatch = vi.fn();
    expect(handleFlowKey(key('S', true), { ...situational.flow, dispatch }, { ...question, answerType: 'situational' })).toBe(false);
    expect(dispatch).not.toHaveBeenCalled();
  });
});
