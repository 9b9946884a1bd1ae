export * from './visit-completeness.js';
