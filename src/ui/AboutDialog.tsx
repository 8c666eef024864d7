import { memo } from 'react';
import { useMessages } from '../react/useMessages';
import { DialogButton } from './DialogButton';

interface AboutDialogProps {
  buttonClassName?: string;
  shortLabel?: string;
}

/**
 * Method, limits, sources and licences. It opens at its top with focus on its heading (tabIndex -1),
 * not on Close at the bottom, where the browser's own first-control focus would scroll to the end.
 */
export const AboutDialog = memo(function AboutDialog({ buttonClassName, shortLabel }: AboutDialogProps) {
  const messages = useMessages();
  return (
    <DialogButton label={messages.about.open} className="qm-about" buttonClassName={buttonClassName} shortLabel={shortLabel} focusHeading>
      {(titleId) => (
        <>
          <h2 id={titleId} tabIndex={-1}>
            {messages.about.title}
          </h2>
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
            <button type="submit" className="qm-button">
              {messages.about.close}
            </button>
          </form>
        </>
      )}
    </DialogButton>
  );
});
