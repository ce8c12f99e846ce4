import { describe, expect, it } from 'vitest';
import { allowOrigin } from '#electron/shell/security/cors.js';

describe('allowOrigin', () => {
  it('names only our page as allowed and keeps status, body and headers', async () => {
    const handler = allowOrigin(
      async () => new Response('abc', { status: 206, headers: { 'content-range': 'bytes 0-2/10', 'cache-control': 'no-store' } }),
      'studio://app',
    );
    const response = await handler(new Request('studio-media://recording/x'));
    expect(response.status).toBe(206);
    expect(await response.text()).toBe('abc');
    expect(response.headers.get('access-control-allow-origin')).toBe('studio://app');
    expect(response.headers.get('access-control-expose-headers')).toContain('content-range');
    expect(response.headers.get('content-range')).toBe('bytes 0-2/10');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps a bodiless answer bodiless', async () => {
    const handler = allowOrigin(async () => new Response(null, { status: 404 }), 'studio://app');
    const response = await handler(new Request('studio-media://recording/x', { method: 'HEAD' }));
    expect(response.status).toBe(404);
    expect(response.body).toBeNull();
  });
});
