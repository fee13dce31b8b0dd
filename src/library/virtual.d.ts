declare module 'virtual:scenario-index' {
  /** Raw catalog fields of each built-in scenario (see vite.config.ts); checked by normaliseIndexEntry. */
  const entries: unknown[];
  export default entries;
}
