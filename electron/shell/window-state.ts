import { z } from 'zod';

/** Where the window was, kept in the settings store under this key. */
export const WINDOW_STATE_KEY = 'window';

export const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1200, height: 820 };

/**
 * The bounds to open the window with: the saved ones when at least a usable part of the
 * window's title bar lands on a display that exists now (a monitor may have been unplugged
 * since), else the default size, centred by the OS.
 */
export function boundsToRestore(saved: unknown, displays: readonly Rect[]): { bounds: Partial<Rect>; maximized: boolean } {
  const parsed = WindowStateSchema.safeParse(saved);
  if (!parsed.success) return { bounds: DEFAULT_SIZE, maximized: false };
  const { maximized, ...bounds } = parsed.data;
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: 40 };
  const visible = displays.some((d) => overlap(titleBar, d) >= Math.min(120, bounds.width) * 20);
  return visible ? { bounds, maximized } : { bounds: { width: bounds.width, height: bounds.height }, maximized };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}
