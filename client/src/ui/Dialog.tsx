import type { ReactNode } from 'react';
import './data.css';
import { useModalDialog } from './useModalDialog';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** A modal on the native `<dialog>`: focus trapping and Escape come from the browser. */
export function Dialog({ open, title, onClose, children }: DialogProps) {
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onClose={onClose}>
      {open && (
        <div className="stack">
          <h2 className="dialog-title">{title}</h2>
          {children}
        </div>
      )}
    </dialog>
  );
}
