import { z } from 'zod';
import { MockSessionSchema, type MockSession } from '#shared/schemas/mock.js';
import type { KeyValueStore } from '#electron/services/settings/settings.js';

export const MOCK_SESSIONS_KEY = 'mockSessions';
/**
 * The store file is rewritten on every change, so sessions are not kept for ever: the newest 500
 * (more than a year of one a day, about 150 KB) plus any with a pending reminder. Only the
 * session's grouping and follow-up go; its answers stay in the history like any other.
 */
export const KEPT_SESSIONS = 500;

const StoredSessionsSchema = z.array(z.unknown());

/**
 * Mock interview sessions (their planned questions and the follow-up checklist) in the settings
 * store. Each is a few hundred bytes; the answers themselves are attempts carrying the session id.
 * A session that does not parse is dropped on read, the others survive.
 */
export function createMockStore(store: KeyValueStore) {
  function all(): MockSession[] {
    const raw = StoredSessionsSchema.safeParse(store.get(MOCK_SESSIONS_KEY));
    if (!raw.success) return [];
    return raw.data.flatMap((item) => {
      const parsed = MockSessionSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  }

  function save(sessions: MockSession[]): void {
    const newestFirst = [...sessions].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    const pending = (s: MockSession) => s.followUp.remindOn !== null && !s.followUp.done;
    store.set(
      MOCK_SESSIONS_KEY,
      newestFirst.filter((s, i) => i < KEPT_SESSIONS || pending(s)),
    );
  }

  return {
    /** Newest first. */
    all: () => all().sort((a, b) => b.startedAt.localeCompare(a.startedAt)),
    get: (id: string): MockSession | undefined => all().find((s) => s.id === id),
    put(session: MockSession): MockSession {
      save([...all().filter((s) => s.id !== session.id), session]);
      return session;
    },
    /** Sets every session at once (an import, or its undo); the same ones are kept as always. */
    replaceAll(sessions: readonly MockSession[]): void {
      save([...sessions]);
    },
  };
}
export type MockStore = ReturnType<typeof createMockStore>;
