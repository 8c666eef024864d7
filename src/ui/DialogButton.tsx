import { useId, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

interface DialogButtonProps {
  label: string;
  className: string;
  /** The dialog's content, given the id its heading must carry (aria-labelledby). */
  children: (titleId: string) => ReactNode;
}

/**
 * A link-style button opening a native modal dialog (focus trap and Escape for free) whose content
 * renders only while it is open: closed, a form would re-render on every slider step for nobody.
 */
export function DialogButton({ label, className, children }: DialogButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        className="qm-link-button"
        onClick={() => {
          // Rendered before showModal, so focus lands on the form's first control.
          flushSync(() => setOpen(true));
          dialog.current?.showModal();
        }}
      >
        {label}
      </button>
      <dialog ref={dialog} className={className} aria-labelledby={titleId} onClose={() => setOpen(false)}>
        {open && children(titleId)}
      </dialog>
    </>
  );
}
