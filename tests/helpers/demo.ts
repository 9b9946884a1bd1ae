import { demoCurrentYear } from '../../server/src/db/seeders/demo-year.js';

/**
 * The year of the demo's plan under way (its team, its planned visits for `kiemtra`): the current year,
 * as the server seeds it. Tests that work on the demo's open visits, or make a plan whose visits they
 * start, take the year from here, never as a literal: a past year's visit can no longer be started.
 */
export const DEMO_YEAR = demoCurrentYear();
