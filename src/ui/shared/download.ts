/** Saving what a page made (a message, a report, an attachment) as a file, through the browser's download. */

/** Hands the blob to the browser as a download: a link to an object URL, clicked, then let go. */
function save(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked a little later: some browsers start reading the URL only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves text as a file. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  save(fileName, new Blob([text], { type }));
}

/** Saves bytes as a file (a decrypted attachment, a dictionary in its own encoding); no type means octet-stream. */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  save(fileName, new Blob([bytes as BlobPart], { type: type || 'application/octet-stream' }));
}
