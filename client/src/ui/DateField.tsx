import type { ComponentProps } from 'react';
import { TextField } from './TextField';

/**
 * A day typed as Vietnamese offices write it (dd/mm/yyyy), with the number keyboard on phones; the
 * caller reads it with `parseVietnameseDate` (i18n/format.ts).
 */
export function DateField(props: Omit<ComponentProps<typeof TextField>, 'inputMode' | 'placeholder'>) {
  return <TextField {...props} inputMode="numeric" placeholder="dd/mm/yyyy" />;
}
