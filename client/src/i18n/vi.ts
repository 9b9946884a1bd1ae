import type { coreMessages } from './vi/core';
import type { errorsMessages } from './vi/errors';
import type { fieldMessages } from './vi/field';
import type { officeMessages } from './vi/office';
import type { visitMessages } from './vi/visit';
import type { visitPartsMessages } from './vi/visit-parts';

/**
 * The keys of the Vietnamese messages, the default language; `en.ts` has the same keys. The messages are
 * split by the screens that show them, so that a phone downloads only what its first screen needs:
 * `vi/core.ts` (in the entry), `vi/visit.ts`, `vi/visit-parts.ts`, `vi/field.ts` and `vi/office.ts` (loaded with their
 * screens, see messages.ts), and `vi/errors.ts` (loaded once the first screen has shown). `catalogues.test.ts` checks that each key is in a catalogue its screens load.
 */
export type MessageKey =
  | keyof typeof coreMessages
  | keyof typeof errorsMessages
  | keyof typeof visitMessages
  | keyof typeof visitPartsMessages
  | keyof typeof fieldMessages
  | keyof typeof officeMessages;
