import { StudioError } from '#shared/contract/errors.js';
import { describeError } from '#renderer/api/messages.js';

/**
 * What to show for a failed data call. The data channels' messages are written for the user
 * ("This file cannot be imported: …", "not available in the browser. Your data folder is …"),
 * so main's own words are shown; a schema refusal from the dispatcher gets the general text.
 */
export function errorText(error: unknown): string {
  if (error instanceof StudioError && error.code !== 'internal' && !error.message.startsWith('Malformed ')) return error.message;
  return describeError(error);
}
