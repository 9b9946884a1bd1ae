import { useEffect, useRef } from 'react';

/**
 * Opens and closes a native `<dialog>` as a modal with `open`: focus trapping and Escape come from the
 * browser. Shared by `Dialog` and the phone navigation's "Thêm" sheet.
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}
