/** The studio graph's selected step, shared with the boxes through context. */
export const SELECTION_CONTEXT = Symbol('studio-graph-selection');

export interface Selection {
  readonly id: string | undefined;
}
