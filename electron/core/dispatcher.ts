import { channels, isChannel, type Channel, type ParsedRequestOf, type ResponseOf } from '#shared/contract/channels.js';
import { StudioError, fail, ok, type Result } from '#shared/contract/errors.js';

/** One handler per channel; the compiler refuses a contract channel without one. */
export type Handlers = {
  [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

export type Dispatch = (channel: unknown, payload: unknown) => Promise<Result<unknown>>;

/**
 * The single door into the services, shared by Electron's IPC and the browser host:
 * unknown channel → typed error; payload parsed before any service sees it; any throw
 * becomes `{ ok: false, error }`, never a crash or a stack trace across the boundary.
 */
export function createDispatcher(handlers: Handlers, log: (message: string) => void = () => {}): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) return fail('unknown_channel', `There is no channel named ${describe(channel)}.`);
    const contract = channels[channel];
    const request = contract.request.safeParse(payload);
    if (!request.success) {
      const first = request.error.issues[0];
      const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
      return fail('invalid_request', `Malformed ${channel} request${where}: ${first?.message ?? 'invalid'}.`);
    }
    try {
      const handler = handlers[channel] as (request: unknown) => unknown;
      const value = await handler(request.data);
      // Checking our own answer keeps main honest to the contract the renderer was compiled against.
      const response = contract.response.safeParse(value);
      if (!response.success) {
        log(`${channel} produced a response outside the contract: ${response.error.message}`);
        return fail('internal', 'The app produced an unexpected answer. Please try again.');
      }
      return ok(response.data);
    } catch (error) {
      if (error instanceof StudioError) return { ok: false, error: error.toShape() };
      log(`${channel} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fail('internal', 'Something went wrong inside the app. Your recordings and reviews are safe.');
    }
  };
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : `(a ${typeof value})`;
}
