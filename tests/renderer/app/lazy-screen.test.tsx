// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyScreen } from '#renderer/app/lazy-screen.js';
import { ScreenBoundary } from '#renderer/app/ScreenBoundary.js';
import { useMountedRoot } from '#tests/support/mount.js';

const view = useMountedRoot();

const Hello = ({ name }: { name: string }) => <h1>Hello {name}</h1>;
const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const text = () => view.container.textContent ?? '';
const button = (name: string) => [...view.container.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('lazyScreen in a ScreenBoundary', () => {
  it('shows a polite loading status until the code arrives, then the screen with its props', async () => {
    let arrive!: (c: typeof Hello) => void;
    const Screen = lazyScreen(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)));
    await act(async () =>
      view.root.render(
        <ScreenBoundary>
          <Screen name="Ada" />
        </ScreenBoundary>,
      ),
    );
    const status = view.container.querySelector('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent).toBe('Loading…');

    await act(async () => arrive(Hello));
    await flush();
    expect(text()).toBe('Hello Ada');
  });

  it('shows an error when the code fails, and Try again loads it afresh', async () => {
    const load = vi
      .fn<() => Promise<typeof Hello>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Hello);
    const Screen = lazyScreen(load);
    await act(async () =>
      view.root.render(
        <ScreenBoundary>
          <Screen name="Ada" />
        </ScreenBoundary>,
      ),
    );
    await flush();
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain('This screen could not be loaded');
    expect(load).toHaveBeenCalledTimes(1); // shown once, not retried in a loop

    await act(async () => button('Try again').click());
    await flush();
    expect(text()).toBe('Hello Ada');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('loads once whether preloaded or shown, and a failed preload is tried again by the visit', async () => {
    const load = vi.fn<() => Promise<typeof Hello>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Hello);
    const Screen = lazyScreen(load);
    await Screen.preload(); // fails quietly
    await Screen.preload();
    expect(load).toHaveBeenCalledTimes(2);
    await act(async () =>
      view.root.render(
        <ScreenBoundary>
          <Screen name="Grace" />
        </ScreenBoundary>,
      ),
    );
    await flush();
    expect(text()).toBe('Hello Grace');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
