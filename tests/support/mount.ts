import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

// React warns unless it knows tests wrap updates in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface MountedRoot {
  /** This test's React root (fresh for each test). */
  readonly root: Root;
  /** The element it renders into, attached to document.body so focus and events behave. */
  readonly container: HTMLElement;
  /** Renders inside act(), effects and all. */
  render(node: ReactNode): Promise<void>;
  /** Lets pending promises and timers of 0 ms settle, inside act(). */
  flush(): Promise<void>;
}

/**
 * A React root per test for happy-dom component tests: call once at the top of the file. Each test
 * gets a new container in document.body and a new root; both are unmounted and removed after it.
 */
export function useMountedRoot(): MountedRoot {
  let root: Root | null = null;
  let container: HTMLElement | null = null;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    const mounted = root;
    if (mounted) act(() => mounted.unmount());
    container?.remove();
    root = null;
    container = null;
  });
  const need = <T>(value: T | null): T => {
    if (value === null) throw new Error('useMountedRoot: used outside a test');
    return value;
  };
  return {
    get root() {
      return need(root);
    },
    get container() {
      return need(container);
    },
    render: (node) => act(async () => need(root).render(node)),
    flush: () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0))),
  };
}
