import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal built on the platform's <dialog>: showModal() makes the rest of the page inert, traps
 * focus, closes on Escape and returns focus, with no injected styles. (Radix Dialog's scroll
 * lock injects a <style> element, which the renderer's CSP, style-src 'self', refuses.)
 */
export function ModalDialog({
  open,
  labelledBy,
  describedBy,
  onClose,
  children,
}: {
  readonly open: boolean;
  readonly labelledBy: string;
  readonly describedBy?: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onClose={onClose}
    >
      {open ? children : null}
    </dialog>
  );
}
