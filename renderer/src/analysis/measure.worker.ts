import { answerMeasureRequest, type MeasureReply, type MeasureRequest } from './measureProtocol.js';

/**
 * A module worker (bundled by Vite) that runs the speech analysis off the page's thread. The renderer
 * is compiled with the DOM library only, so the worker's scope is described by the little it uses.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MeasureRequest>) => void) | null;
  postMessage(reply: MeasureReply): void;
};
scope.onmessage = (event) => scope.postMessage(answerMeasureRequest(event.data));
