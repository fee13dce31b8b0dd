/**
 * An ISO 8601 duration as xAPI wants it (hours, minutes, seconds to 0.01 s), e.g. 754,250 ms ->
 * "PT12M34.25S". Negative spans (a clock set back mid-attempt) count as zero.
 */
export function isoDuration(ms: number): string {
  const centiseconds = Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = (centiseconds % 6_000) / 100;
  let out = 'PT';
  if (hours > 0) out += `${hours}H`;
  if (minutes > 0) out += `${minutes}M`;
  if (seconds > 0 || (hours === 0 && minutes === 0)) out += `${seconds}S`;
  return out;
}
