/** How long the file's object URL outlives the click (Firefox starts the download after it). */
const REVOKE_AFTER_MS = 60_000;

/**
 * Offers `text` to the reader as a file named `fileName`: a Blob behind an object URL, clicked
 * through an `<a download>` (no `downloads` permission needed).
 */
export function downloadFile(
  fileName: string,
  text: string,
  doc: Document = document,
  schedule: (run: () => void, ms: number) => unknown = setTimeout,
): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Firefox follows only a link that is in the document.
  doc.body.append(link);
  link.click();
  link.remove();
  schedule(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
