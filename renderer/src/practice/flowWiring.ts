import { starApplies } from '#shared/content/answer-type.js';
import type { Library, LibraryQuestion } from '#shared/content/schema.js';
import { flowKey } from './flowKeys.js';
import type { PracticeEvent, PracticeState } from './machine.js';

/** What a screen driving a take holds of usePracticeFlow: both the practice screen and a mock question. */
type Flow = { state: PracticeState; dispatch(event: PracticeEvent): void; now(): number };

/**
 * The question card's side of a take, the same on every screen that records one: whether the prompt
 * is being read, can be read again or skipped. One place, so practice and the mock interview cannot
 * drift apart in how a question is presented.
 */
export function promptProps(flow: Flow, question: LibraryQuestion, library: Library) {
  const { state, dispatch, now } = flow;
  const { name } = state.phase;
  return {
    question,
    category: library.categories.find((c) => c.id === question.categoryId),
    speaking: name === 'prompting',
    speechFailed: state.speechFailed,
    canReplay: name === 'thinking' || name === 'ready',
    onReplay: () => dispatch({ type: 'REPLAY_PROMPT' }),
    onSkip: () => dispatch({ type: 'SKIP_PROMPT', now: now() }),
  };
}

/** The take's own keys (record/stop, skip the reading, STAR marks), for a screen's shortcut handler. */
export function handleFlowKey(event: KeyboardEvent, flow: Flow, question: LibraryQuestion | undefined): boolean {
  const next = flowKey(event, flow.state, flow.now(), question ? starApplies(question) : true);
  if (!next) return false;
  flow.dispatch(next);
  return true;
}
