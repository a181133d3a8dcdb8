import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  className: string;
  /** Escape asks to close; the owner decides (it may refuse while saving). */
  onClose: () => void;
  children: ReactNode;
}

/**
 * A native modal <dialog>: the page behind it is inert, focus stays inside, and Escape
 * closes it, without any focus-trapping code of our own.
 */
export function Modal({ title, className, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`dialog modal ${className}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
