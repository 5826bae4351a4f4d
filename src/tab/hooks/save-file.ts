/** Hands a file to the browser as a download (a blob URL on a temporary link, released once clicked). */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the URL is not needed once the event loop moves on.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
