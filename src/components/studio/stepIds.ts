/** Above this many steps, step pickers share one suggestion list instead of a select each. */
export const LARGE_SCENARIO = 150;
/** DOM id of that shared list (a datalist rendered once by the editor). */
export const STEP_IDS_LIST = 'studio-step-ids';
