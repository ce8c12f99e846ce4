import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate } from '#electron/shell/menu-template.js';

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

describe('menuTemplate', () => {
  it('has the standard roles and an About item on every platform', () => {
    for (const isMac of [true, false]) {
      const roles = flatten(menuTemplate({ isMac, appName: 'Interview Studio', sendAction: () => {} })).map((i) => i.role);
      expect(roles).toEqual(expect.arrayContaining(['about', 'editMenu', 'viewMenu', 'windowMenu', 'help', 'reload']));
    }
  });

  it("shows the app's shortcuts without capturing them, and sends the page their actions when clicked", () => {
    const sendAction = vi.fn();
    const items = flatten(menuTemplate({ isMac: false, appName: 'Interview Studio', sendAction })).filter((i) => i.click);
    expect(items.map((i) => i.label)).toEqual([
      'Start or Stop Recording',
      'Skip Reading Aloud',
      'Play or Pause Replay',
      'Keyboard Shortcuts',
    ]);
    for (const item of items) {
      expect(item.registerAccelerator).toBe(false);
      (item.click as () => void)();
    }
    expect(items.map((i) => i.accelerator)).toEqual(['R', 'S', 'P', 'Shift+/']);
    expect(sendAction.mock.calls.map((c) => c[0])).toEqual(['record', 'skipReading', 'playPause', 'showShortcuts']);
  });
});
