/**
 * Starts a download of `content` (text, or bytes such as a zip) as a file named `name`; no server
 * involved. Every export in the app (reports, xAPI, CSV, backups, scenario files, SCORM packages)
 * goes through here.
 */
export function download(
  content: string | Uint8Array<ArrayBuffer>,
  name: string,
  type = 'application/json',
): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the download to have started.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
