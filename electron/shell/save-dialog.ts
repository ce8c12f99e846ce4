import path from 'node:path';
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';

/**
 * The system's save dialog, attached to the window when there is one, starting in Documents with
 * the suggested name. Answers the chosen path, or null when the user cancelled.
 */
export function chooseSavePath(
  window: BrowserWindow | null,
  request: { title: string; suggestedName: string; filter: FileFilter },
): Promise<string | null> {
  const options = {
    title: request.title,
    defaultPath: path.join(app.getPath('documents'), request.suggestedName),
    filters: [request.filter],
  };
  const chosen = window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
  return chosen.then((answer) => (answer.canceled || !answer.filePath ? null : answer.filePath));
}
