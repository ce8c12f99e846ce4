// @vitest-environment happy-dom
import path from 'node:path';
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadContentDir } from '#electron/services/library/library.js';
import type { Library } from '#shared/content/schema.js';
import { EMPTY_CHECKLIST_STATE } from '#shared/schemas/checklist.js';
import { DEFAULT_SETTINGS } from '#shared/schemas/settings.js';
import type { StudioClient } from '#renderer/api/client.js';
import { prerenderFirstScreen } from '#renderer/app/prerender.js';
import { startStartupData } from '#renderer/app/startup-data.js';
import { boot } from '#renderer/boot.js';
import { repoRoot } from '#tests/support/browser-host-process.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let builtIn: Library;
beforeAll(async () => {
  const content = await loadContentDir(path.join(repoRoot, 'content'));
  if (!content.ok) throw new Error('the built-in content does not load');
  builtIn = content.library;
});

const mine = (library: Library) => ({ ...library.questions[0]!, id: 'custom-my-own', text: 'My very own question?', custom: true });

/** Main as the page sees it: the given library, one question practiced twice, nothing else to say. */
function fakeMain(library: Library): StudioClient {
  const answers: Record<string, Record<string, () => unknown>> = {
    library: { get: () => library },
    settings: { get: () => ({ ...DEFAULT_SETTINGS, micCheckDone: true }) },
    progress: {
      questions: () => [
        { questionId: builtIn.questions[0]!.id, attempts: 2, rated: 0, latestRating: null, bestRating: null, lastPractisedAt: null },
      ],
    },
    recordings: { pageStarted: () => ({ recovered: [] }) },
    app: { notices: () => [] },
    schedule: { due: () => ({ items: [] }) },
    checklist: { get: () => EMPTY_CHECKLIST_STATE },
    profile: { get: () => ({ name: '', interviewDate: null, interviewTime: null }) },
  };
  // Anything else the first screen asks waits (as a slow main would) rather than failing the render.
  return new Proxy({} as StudioClient, {
    get: (_t, domain: string) =>
      new Proxy(
        {},
        {
          get: (_u, verb: string) => () => {
            const answer = answers[domain]?.[verb];
            return answer ? Promise.resolve(answer()) : new Promise(() => undefined);
          },
        },
      ),
  });
}

/** Puts the build's markup in #root as the built index.html has it, and watches for React's complaints. */
function pageWith(html: string) {
  const root = document.createElement('div');
  root.id = 'root';
  root.inert = true; // as the build writes it
  root.innerHTML = html;
  document.body.append(root);
  const errors: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.map(String).join(' ')));
  // React reports a hydration it had to give up on through reportError (or console.error without it).
  window.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
  return { root, errors };
}

let unmount: (() => void) | null = null;
afterEach(() => {
  if (unmount) act(() => unmount!());
  unmount = null;
  document.body.replaceChildren();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function bootOn(client: StudioClient) {
  // The other screens' code is fetched at idle; happy-dom has no idle callbacks, and this test loads none.
  vi.stubGlobal('requestIdleCallback', () => 0);
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  startStartupData(client);
  await act(async () => {
    const root = await boot(client);
    unmount = () => root.unmount();
  });
  await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
}

describe('the prerendered first screen', () => {
  it('holds the header and every built-in question, in the library order', () => {
    const page = document.createElement('div');
    page.innerHTML = prerenderFirstScreen(builtIn);
    expect(page.querySelector('.app-header__title')?.textContent).toBe('Interview Studio');
    expect(page.querySelector('[aria-current="page"]')?.textContent).toBe('Questions');
    expect(page.querySelector('h1')?.textContent).toBe('Practice questions');
    const shown = [...page.querySelectorAll('.question-row__text')].map((e) => e.textContent);
    const categoryOrder = builtIn.categories.map((c) => c.id);
    const expected = [...builtIn.questions]
      .sort((a, b) => categoryOrder.indexOf(a.categoryId) - categoryOrder.indexOf(b.categoryId))
      .map((q) => q.text);
    expect(shown).toEqual(expected);
    expect(shown.length).toBeGreaterThan(50);
  });

  it('is hydrated without a mismatch, keeps its DOM, then shows what only main knows', async () => {
    const { root, errors } = pageWith(prerenderFirstScreen(builtIn));
    const firstRow = root.querySelector('.question-row');
    const library = { ...builtIn, questions: [...builtIn.questions, mine(builtIn)] };

    await bootOn(fakeMain(library));

    expect(errors).toEqual([]);
    expect(root.inert).toBe(false);
    // The same element, not a fresh one: React took over the markup instead of drawing it again.
    expect(root.querySelector('.question-row')).toBe(firstRow);
    expect(root.textContent).toContain('My very own question?');
    expect(firstRow?.textContent).toContain('2 attempts');
  });

  it('reports markup that was drawn from other data (so the test above can fail)', async () => {
    const other = { ...builtIn, questions: builtIn.questions.slice(1) };
    const { errors } = pageWith(prerenderFirstScreen(other));

    await bootOn(fakeMain(builtIn));

    expect(errors.join('\n')).toMatch(/hydrat/i);
  });
});
