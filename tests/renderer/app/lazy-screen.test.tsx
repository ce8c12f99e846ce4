// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyScreen } from '#renderer/app/lazy-screen.js';
import { ScreenBoundary } from '#renderer/app/ScreenBoundary.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const Hello = ({ name }: { name: string }) => <h1>Hello {name}</h1>;
const flush = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const text = () => container.textContent ?? '';
const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('lazyScreen in a ScreenBoundary', () => {
  it('shows a polite loading status until the code arrives, then the screen with its props', async () => {
    let arrive!: (c: typeof Hello) => void;
    const Screen = lazyScreen(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)));
    await act(async () =>
      root.render(
        <ScreenBoundary>
          <Screen name="Ada" />
        </ScreenBoundary>,
      ),
    );
    const status = container.querySelector('[role="status"]');
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
      root.render(
        <ScreenBoundary>
          <Screen name="Ada" />
        </ScreenBoundary>,
      ),
    );
    await flush();
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('This screen could not be loaded');
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
      root.render(
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
