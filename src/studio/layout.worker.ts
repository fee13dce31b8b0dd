/**
 * Runs dagre off the main thread: laying out hundreds of steps takes a second or more on a slow
 * machine, and the editor must keep answering keys and clicks meanwhile.
 */
import { computeLayout, type LayoutInput } from './layout';

interface Request {
  ticket: number;
  input: LayoutInput;
}

self.onmessage = (event: MessageEvent<Request>) => {
  const { ticket, input } = event.data;
  try {
    self.postMessage({ ticket, placed: [...computeLayout(input).values()] });
  } catch (error) {
    self.postMessage({ ticket, error: error instanceof Error ? error.message : String(error) });
  }
};
