import { useMessages } from '../react/useMessages';
import { memo, useRef } from 'react';

/** Method, limits, sources and licences, in a native modal dialog (focus trap and Escape for free). */
export const AboutDialog = memo(function AboutDialog() {
  const messages = useMessages();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="qm-link-button" onClick={() => dialog.current?.showModal()}>
        {messages.about.open}
      </button>
      <dialog ref={dialog} className="qm-about" aria-labelledby="qm-about-title">
        <h2 id="qm-about-title">{messages.about.title}</h2>
        {messages.about.sections.map((section) => (
          <section key={section.heading}>
            <h3>{section.heading}</h3>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph.slice(0, 32)}>{paragraph}</p>
            ))}
          </section>
        ))}
        <section>
          <h3>{messages.threat.about.heading}</h3>
          {messages.threat.about.paragraphs.map((paragraph) => (
            <p key={paragraph.slice(0, 32)}>{paragraph}</p>
          ))}
        </section>
        <form method="dialog">
          <button type="submit">{messages.about.close}</button>
        </form>
      </dialog>
    </>
  );
});
