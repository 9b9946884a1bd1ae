export * from './department-time.js';
export * from './failed-item-finding.js';
export * from './language.js';
export * from './minutes-attendees.js';
export * from './permissions.js';
export * from './report-year.js';
export * from './vietnamese-format.js';
export * from './visit-completeness.js';
