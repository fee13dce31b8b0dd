declare module 'virtual:scenario-index' {
  const entries: import('./catalog').BuiltinIndexEntry[];
  export default entries;
}
