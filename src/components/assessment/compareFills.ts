/** Fill patterns that stay apart in grayscale and on paper; more candidates than patterns reuse them. */
export const COMPARE_FILLS = ['solid', 'hatch', 'light', 'dots', 'lines', 'cross'] as const;

/** The fill of the candidate at `index`: a pattern drawn once by ComparePatterns.svelte. */
export function fillOf(index: number): string {
  return `url(#cmp-${COMPARE_FILLS[index % COMPARE_FILLS.length]})`;
}
