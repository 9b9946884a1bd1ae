import type { ComponentProps } from 'react';
import { TextField } from './TextField';

/** Attributes of a field typed verbatim (user names, passwords): no capitals, corrections or spelling marks. */
export const VERBATIM = { autoCapitalize: 'none', autoCorrect: 'off', spellCheck: false } as const;

type PasswordFieldProps = Omit<ComponentProps<typeof TextField>, 'type' | 'autoComplete'> & {
  /** Which password the browser's password manager should offer or save. */
  autoComplete: 'current-password' | 'new-password';
};

/** A required, masked password field. */
export function PasswordField(props: PasswordFieldProps) {
  return <TextField type="password" required {...props} />;
}
