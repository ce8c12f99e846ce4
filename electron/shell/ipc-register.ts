import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelNames } from '#shared/contract/channels.js';
import { fail, type Result } from '#shared/contract/errors.js';
import { isTrustedSender } from './security/guards.js';
import type { Dispatch } from '#electron/core/dispatcher.js';

/**
 * Registers one `ipcMain.handle` per contract channel, each going through the one
 * dispatcher after the sender check. Channels not in the contract have no handler at all.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, payload: unknown) => handleInvoke(event, channel, payload, dispatch));
  }
}

export function handleInvoke(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  channel: string,
  payload: unknown,
  dispatch: Dispatch,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event.senderFrame)) {
    return Promise.resolve(fail('invalid_request', 'Calls are accepted only from the app’s own window.'));
  }
  return dispatch(channel, payload);
}
