import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126071121 } from './Migration20261126071121.js';
import { Migration20261126074126 } from './Migration20261126074126.js';
import { Migration20261126084606 } from './Migration20261126084606.js';
import { Migration20261126095927 } from './Migration20261126095927.js';
import { Migration20261126104939 } from './Migration20261126104939.js';
import { Migration20261126110831 } from './Migration20261126110831.js';
import { Migration20261126123000 } from './Migration20261126123000.js';
import { Migration20261126123508 } from './Migration20261126123508.js';
import { Migration20261126125217 } from './Migration20261126125217.js';
import { Migration20261126132824 } from './Migration20261126132824.js';
import { Migration20261206040000 } from './Migration20261206040000.js';
import { Migration20261206041500 } from './Migration20261206041500.js';
import { Migration20261206043000 } from './Migration20261206043000.js';
import { Migration20261206050000 } from './Migration20261206050000.js';
import { Migration20261206102714 } from './Migration20261206102714.js';
import { Migration20261206103453 } from './Migration20261206103453.js';
import { Migration20261206120433 } from './Migration20261206120433.js';
import { Migration20261206135326 } from './Migration20261206135326.js';
import { Migration20261206135419 } from './Migration20261206135419.js';
import { Migration20261206135557 } from './Migration20261206135557.js';
import { Migration20261206142534 } from './Migration20261206142534.js';

/** Every migration, in order. Listed explicitly so that compiled and test builds find the same set. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261126071121', class: Migration20261126071121 },
  { name: 'Migration20261126074126', class: Migration20261126074126 },
  { name: 'Migration20261126084606', class: Migration20261126084606 },
  { name: 'Migration20261126095927', class: Migration20261126095927 },
  { name: 'Migration20261126104939', class: Migration20261126104939 },
  { name: 'Migration20261126110831', class: Migration20261126110831 },
  { name: 'Migration20261126123000', class: Migration20261126123000 },
  { name: 'Migration20261126123508', class: Migration20261126123508 },
  { name: 'Migration20261126125217', class: Migration20261126125217 },
  { name: 'Migration20261126132824', class: Migration20261126132824 },
  { name: 'Migration20261206040000', class: Migration20261206040000 },
  { name: 'Migration20261206041500', class: Migration20261206041500 },
  { name: 'Migration20261206043000', class: Migration20261206043000 },
  { name: 'Migration20261206050000', class: Migration20261206050000 },
  { name: 'Migration20261206102714', class: Migration20261206102714 },
  { name: 'Migration20261206103453', class: Migration20261206103453 },
  { name: 'Migration20261206120433', class: Migration20261206120433 },
  { name: 'Migration20261206135326', class: Migration20261206135326 },
  { name: 'Migration20261206135419', class: Migration20261206135419 },
  { name: 'Migration20261206135557', class: Migration20261206135557 },
  { name: 'Migration20261206142534', class: Migration20261206142534 },
];
