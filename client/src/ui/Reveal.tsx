import { type ReactNode, useState } from 'react';
import { Button } from './Button';

/** A button that opens a form in its place; the form is handed the way to close itself again. */
export function Reveal({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <div>
        <Button onClick={() => setOpen(true)}>{label}</Button>
      </div>
    );
  }
  return children(() => setOpen(false));
}
