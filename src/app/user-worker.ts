// Reads a person's file off the page's main thread: decoding, parsing and checking shapes of a
// large GeoJSON take longer than a frame. Answers with the parsed file or the file's problems.
import { readUserBytes, UserFileError } from '../core/user-data.ts';

addEventListener('message', (event: MessageEvent<{ name: string; bytes: ArrayBuffer }>) => {
  const { name, bytes } = event.data;
  try {
    postMessage({ file: readUserBytes(name, bytes) });
  } catch (error) {
    postMessage(error instanceof UserFileError ? { problems: error.problems } : { message: error instanceof Error ? error.message : String(error) });
  }
});
