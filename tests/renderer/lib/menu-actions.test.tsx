// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { MenuAction } from '#shared/contract/menu-actions.js';
import { listenToMenu } from '#renderer/lib/menu-actions.js';
import { useShortcuts, type KeyHandler } from '#renderer/lib/shortcuts.js';
import { useMountedRoot } from '#tests/support/mount.js';

const mounted = useMountedRoot();

/** A screen with a note field and the app's shortcut handling, like the practice screen. */
function Screen({ onKey }: { onKey: KeyHandler }) {
  useShortcuts(onKey);
  return <textarea aria-label="Note" />;
}

/** The preload's side of the bridge, as the page sees it: one subscription, actions pushed through it. */
function fakeBridge() {
  let listener: ((action: MenuAction) => void) | null = null;
  return {
    onMenuAction: (next: (action: MenuAction) => void) => ((listener = next), () => void (listener = null)),
    send: (action: MenuAction) => act(() => listener?.(action)),
    listening: () => listener !== null,
  };
}

describe('menu actions in the page', () => {
  it('reach the shortcut handlers as their keys, and type nothing into the focused note field', () => {
    const keys: string[] = [];
    act(() => mounted.root.render(<Screen onKey={(event) => void keys.push(event.key)} />));
    const note = mounted.container.querySelector('textarea')!;
    note.focus();
    // A key typed into the field belongs to the field: the shortcut code leaves it alone.
    note.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true }));
    expect(keys).toEqual([]);

    const bridge = fakeBridge();
    const stop = listenToMenu(bridge);
    bridge.send('record');
    bridge.send('skipReading');
    bridge.send('playPause');
    bridge.send('showShortcuts');
    expect(keys).toEqual(['r', 's', 'p', '?']);
    expect(note.value).toBe('');
    expect(document.activeElement).toBe(note);
    stop();
    expect(bridge.listening()).toBe(false);
  });

  it('a handled action is marked as used, as a pressed key is', () => {
    act(() => mounted.root.render(<Screen onKey={(event) => event.key === 'r'} />));
    const bridge = fakeBridge();
    listenToMenu(bridge);
    const prevented: boolean[] = [];
    const record = (event: KeyboardEvent) => void prevented.push(event.defaultPrevented);
    window.addEventListener('keydown', record); // after the shortcut handler, so it sees its verdict
    bridge.send('record');
    bridge.send('playPause');
    window.removeEventListener('keydown', record);
    expect(prevented).toEqual([true, false]);
  });

  it('does nothing where there is no menu (the browser host)', () => {
    expect(() => listenToMenu({})()).not.toThrow();
  });
});
