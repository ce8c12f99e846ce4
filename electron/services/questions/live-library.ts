import type { Library, LibraryQuestion } from '#shared/content/schema.js';
import type { StoredCustomQuestion } from '#shared/schemas/questions.js';

export interface CustomQuestionSource {
  list(): readonly StoredCustomQuestion[];
  revision(): number;
}

export const asLibraryQuestion = ({ createdAt: _c, updatedAt: _u, ...question }: StoredCustomQuestion): LibraryQuestion => ({
  ...question,
  custom: true,
});

/**
 * The library as the app uses it: the built-in bank, read once at start, plus the user's own
 * questions as they are now. Custom questions sit after the built-in ones of their category, so
 * the list groups them and a mock interview still walks the categories' stages in order.
 */
export function createLiveLibrary(builtIn: Library, custom: CustomQuestionSource) {
  const categoryOrder = new Map(builtIn.categories.map((c, i) => [c.id, i]));
  let cache: { revision: number; questions: LibraryQuestion[] } | null = null;

  function questions(): LibraryQuestion[] {
    const revision = custom.revision();
    if (cache?.revision !== revision) {
      const mine = custom.list().map(asLibraryQuestion);
      // A stable sort keeps the built-in order within a category, with the user's questions after it.
      const all = [...builtIn.questions, ...mine].sort(
        (a, b) => (categoryOrder.get(a.categoryId) ?? 0) - (categoryOrder.get(b.categoryId) ?? 0),
      );
      cache = { revision, questions: all };
    }
    return cache.questions;
  }

  /**
   * A Library whose `questions` is read afresh on every access. The services built on a static
   * library (progress, mock interviews, export) hold this one object and so see each change
   * without being rebuilt; none of them copies `questions` out at construction.
   */
  const view: Library = {
    criteria: builtIn.criteria,
    categories: builtIn.categories,
    checklists: builtIn.checklists,
    get questions() {
      return questions();
    },
  };

  return {
    view,
    /** A plain snapshot, for answering `library:get`. */
    current: (): Library => ({ ...builtIn, questions: questions() }),
    has: (questionId: string) => questions().some((q) => q.id === questionId),
    /** Moves when the user's questions change; the built-in part never does. */
    revision: () => custom.revision(),
  };
}
export type LiveLibrary = ReturnType<typeof createLiveLibrary>;
