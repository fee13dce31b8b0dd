/** The report: replaying stored attempts, scoring them, and what the report page shows. */
export * from './load';
export * from './access';
export * from './trail';
export * from './practise';
export * from './export';
