/** How long an object URL outlives its click, ms: long enough for every browser to start the download. */
const REVOKE_AFTER = 1000;

/** Saves a Blob as a file through an object URL and a temporary <a download>: nothing leaves the page. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER);
  }
}

/** Saves text as a UTF-8 file. */
export const downloadText = (name: string, mime: string, text: string): void => downloadBlob(name, new Blob([text], { type: `${mime};charset=utf-8` }));
