/** Saves a file that came over the API as base64 through the browser's download. */

/** How long a download's blob: URL lives; revoking it at once can cancel a download that has not started. */
const URL_LIFETIME_MS = 60_000;

export function bytesFromBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves an exported file: Chromium downloads it, Electron shows its save dialog. */
export function downloadFile({ fileName, mimeType, contentBase64 }: { fileName: string; mimeType: string; contentBase64: string }): void {
  const url = URL.createObjectURL(new Blob([bytesFromBase64(contentBase64)], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
}
