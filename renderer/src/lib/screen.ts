import type { MockSession } from '#shared/schemas/mock.js';

/** Where the app is. `back` says where a screen opened from another returns to. */
export type Screen =
  | { name: 'questions' }
  | { name: 'practice'; questionId: string; attemptId?: string; back?: Screen }
  | { name: 'settings' }
  | { name: 'facility'; back?: Screen }
  | { name: 'data' }
  | { name: 'micCheck'; then: 'questions' | 'settings' }
  | { name: 'progress' }
  | { name: 'report' }
  | { name: 'due' }
  /** `skipped`: questions moved past without a rating, so the run can say which. */
  | { name: 'dueRun'; questionIds: string[]; index: number; skipped?: string[] }
  | { name: 'mock' }
  /** `startIndex`: where an interrupted interview is resumed (0-based). */
  | { name: 'mockRun'; session: MockSession; startIndex?: number }
  | { name: 'mockReport'; sessionId: string }
  | { name: 'compare'; questionId: string; back?: Screen };

export type ScreenName = Screen['name'];

/** The header tab a screen belongs to. */
export function tabOf(screen: Screen): ScreenName {
  switch (screen.name) {
    case 'practice':
      return screen.back ? tabOf(screen.back) : 'questions';
    case 'compare':
      return screen.back ? tabOf(screen.back) : 'progress';
    case 'dueRun':
      return 'due';
    case 'mockRun':
    case 'mockReport':
      return 'mock';
    case 'micCheck':
      return screen.then;
    case 'report':
      return 'progress';
    default:
      return screen.name;
  }
}

/** What a back button on a screen opened from `back` says. */
export function backLabel(back: Screen | undefined): string {
  switch (back?.name) {
    case 'mockReport':
      return '← Back to the report';
    case 'progress':
      return '← Back to progress';
    case 'due':
    case 'dueRun':
      return '← Back to due questions';
    case 'practice':
      return '← Back to the question';
    default:
      return '← All questions';
  }
}
