import { useId, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

interface DialogButtonProps {
  label: string;
  className: string;
  /**
   * The word shown on narrow screens (styles/chrome.css), where the full label would wrap the
   * toolbar; the full label stays the button's name, and contains the short one (WCAG 2.5.3).
   */
  shortLabel?: string;
  /** The button's look: a toolbar button in the header (default), or a text link in a panel. */
  buttonClassName?: string;
  /**
   * Focus the dialog's heading on opening rather than its first control: for reading dialogs whose
   * only control (Close) sits at the bottom, where the browser's own focus would scroll to the end.
   */
  focusHeading?: boolean;
  /** The dialog's content, given the id its heading must carry (aria-labelledby). */
  children: (titleId: string) => ReactNode;
}

/**
 * A button opening a native modal dialog (focus trap and Escape for free) whose content renders
 * only while it is open: closed, a form would re-render on every slider step for nobody.
 */
export function DialogButton({ label, shortLabel, className, buttonClassName = 'qm-button', focusHeading = false, children }: DialogButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        className={buttonClassName}
        aria-haspopup="dialog"
        aria-label={shortLabel ? label : undefined}
        onClick={() => {
          // Rendered before showModal, so focus lands on the form's first control.
          flushSync(() => setOpen(true));
          const element = dialog.current;
          if (!element) return;
          element.showModal();
          if (focusHeading) {
            element.scrollTop = 0;
            document.getElementById(titleId)?.focus({ preventScroll: true });
          }
        }}
      >
        {shortLabel ? (
          <>
            <span className="qm-button__long">{label}</span>
            <span className="qm-button__short" aria-hidden="true">
              {shortLabel}
            </span>
          </>
        ) : (
          label
        )}
      </button>
      <dialog ref={dialog} className={className} aria-labelledby={titleId} onClose={() => setOpen(false)}>
        {open && children(titleId)}
      </dialog>
    </>
  );
}
