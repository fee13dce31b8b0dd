/**
 * A SCORM 1.2 `CMITimespan`: `HHHH:MM:SS.SS` (hours in 2–4 digits, seconds to 0.01 s), e.g.
 * 754,250 ms -> "0000:12:34.25". Negative or unreadable spans count as zero; spans beyond the
 * format's 9999 hours are capped, since an LMS refuses a value that does not match it.
 */
export function scormTime(ms: number): string {
  const max = (9999 * 3600 + 59 * 60 + 59.99) * 100;
  const centiseconds = Math.min(max, Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 10)));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = Math.floor((centiseconds % 6_000) / 100);
  const hundredths = centiseconds % 100;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(hundredths)}`;
}
