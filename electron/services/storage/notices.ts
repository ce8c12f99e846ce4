import type { Notice } from '#shared/schemas/notice.js';
import type { Clock } from './clock.js';

/**
 * Things the user must be told (a recovered recording, a settings file set aside). Kept for
 * the running session; each one is raised by the start-up check that found the problem.
 */
export function createNotices(clock: Clock) {
  const notices: Notice[] = [];
  let next = 1;
  return {
    add(kind: Notice['kind'], level: Notice['level'], message: string): Notice {
      const notice: Notice = { id: `n${next++}`, kind, level, message, createdAt: clock().toISOString() };
      notices.push(notice);
      return notice;
    },
    list(): Notice[] {
      return [...notices];
    },
    dismiss(id: string): Notice[] {
      const at = notices.findIndex((n) => n.id === id);
      if (at >= 0) notices.splice(at, 1);
      return [...notices];
    },
  };
}
export type NoticesService = ReturnType<typeof createNotices>;
