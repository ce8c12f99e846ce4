import { StudioError } from '#shared/contract/errors.js';

/**
 * A refused archive: a broken or foreign zip, a name that could land outside the data folder,
 * data that does not match the schemas. The message says what is wrong in plain words; the
 * code is `invalid_request` because the file, not the app, is at fault.
 */
export const refuseArchive = (why: string): StudioError => new StudioError('invalid_request', `This file cannot be imported: ${why}`);
