import { useState } from 'react';

/** A text control's value and its change handler, to spread onto a TextField, TextArea or Select. */
export interface FieldBinding {
  value: string;
  onChange: (value: string) => void;
}

/** The state of one text control, bound the way the ui/ fields take it. */
export function useField(initial: string | (() => string) = ''): FieldBinding {
  const [value, onChange] = useState(initial);
  return { value, onChange };
}
