export * from './report-year.js';
export * from './visit-completeness.js';
