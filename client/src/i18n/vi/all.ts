import { coreMessages } from './core';
import { errorsMessages } from './errors';
import { fieldMessages } from './field';
import { officeMessages } from './office';
import { visitMessages } from './visit';
import { visitPartsMessages } from './visit-parts';

/** Every Vietnamese message in one object, for tests and scripts: the app loads them by screen (messages.ts). */
export const vi = {
  ...coreMessages,
  ...errorsMessages,
  ...visitMessages,
  ...visitPartsMessages,
  ...fieldMessages,
  ...officeMessages,
};
