/** Geometry shared by the horizontal bar charts (BarChartFrame and the charts drawn inside it). */
export const CHART_WIDTH = 680;
/** Width of the 0–100 track; the value is written to its right. */
export const CHART_TRACK = 560;
/** Room above the first row for the scale. */
export const CHART_TOP = 22;

/** The x of a 0–100 value on the track, clamped. */
export function barX(value: number): number {
  return (Math.max(0, Math.min(100, value)) / 100) * CHART_TRACK;
}
