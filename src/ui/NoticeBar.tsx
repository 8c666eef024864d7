import { useMessages } from '../react/useMessages';
import type { UrlNotice } from '../view/parseLink';
import type { Messages } from '../i18n/messages';

interface NoticeBarProps {
  notices: readonly UrlNotice[];
  onDismiss: () => void;
}

/** Says which link parameters were ignored or adjusted; values are shown as text, never as HTML. */
export function NoticeBar({ notices, onDismiss }: NoticeBarProps) {
  const messages = useMessages();
  if (notices.length === 0) return null;
  return (
    <div className="qm-notice" role="status">
      <ul>
        {notices.map((notice, index) => (
          <li key={index}>
            {notice.kind === 'invalid'
              ? messages.notices.badParam(notice.name, notice.value, reasonIn(messages, notice.name, notice.reason))
              : messages.notices.clamped(notice.name)}
          </li>
        ))}
      </ul>
      <button type="button" className="qm-link-button" onClick={onDismiss}>
        {messages.notices.dismiss}
      </button>
    </div>
  );
}

/** The parser explains in English; other languages say what the parameter expects in their own words. */
function reasonIn(messages: Messages, name: string, english: string): string {
  return messages.calendar.lang === 'en' ? english : (messages.notices.reasons[name] ?? english);
}
