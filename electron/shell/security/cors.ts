/**
 * In Electron the page (studio://app) fetches recordings and exports from other schemes
 * (studio-media://, studio-exports://), which is cross-origin: wavesurfer and the measuring
 * code read the audio with fetch(), so those answers must name our page as allowed. Only our
 * own origin is named, never `*`. (The browser host serves everything from one origin.)
 */
export function allowOrigin(handler: (request: Request) => Promise<Response>, origin: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const response = await handler(request);
    const headers = new Headers(response.headers);
    headers.set('access-control-allow-origin', origin);
    headers.set('access-control-expose-headers', 'content-range, content-length, accept-ranges');
    headers.append('vary', 'origin');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
