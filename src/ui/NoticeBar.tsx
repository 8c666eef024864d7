import { Fragment } from 'react';
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
            {notice.kind === 'invalid' ? (
              <BadParam messages={messages} notice={notice} />
            ) : (
              messages.notices.clamped(notice.name)
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="qm-link-button" onClick={onDismiss}>
        {messages.notices.dismiss}
      </button>
    </div>
  );
}

/** Stand for the echoed value and the reason while the sentence is built; no translation contains them. */
const valueSlot = '\uE000';
const reasonSlot = '\uE001';

/**
 * The sentence about an invalid parameter, each echo of the link's text in a `<bdi>` (the value,
 * and the value quoted in the parser's English reason): a right-to-left override in it must not
 * reverse the rest of the line.
 */
function BadParam({ messages, notice }: { messages: Messages; notice: Extract<UrlNotice, { kind: 'invalid' }> }) {
  const reason = reasonIn(messages, notice.name, notice.reason);
  const parts = messages.notices.badParam(notice.name, valueSlot, reasonSlot).split(/([\uE000\uE001])/);
  return parts.map((part, index) => (
    <Fragment key={index}>{part === valueSlot ? <Echo text={notice.value} /> : part === reasonSlot ? <Reason text={reason} /> : part}</Fragment>
  ));
}

/** The reason, with a quoted echo of the value (parseTimeParam: `"…" is not a date`) isolated. */
function Reason({ text }: { text: string }) {
  const quoted = /^([^"]*")([\s\S]*)("[^"]*)$/.exec(text);
  if (!quoted) return text;
  return (
    <>
      {quoted[1]}
      <Echo text={quoted[2] ?? ''} />
      {quoted[3]}
    </>
  );
}

/**
 * Text from the link, isolated. U+2069 (pop directional isolate) is the one character that could
 * close the isolate from inside, so it is shown as U+FFFD.
 */
function Echo({ text }: { text: string }) {
  return <bdi>{text.replace(/\u2069/g, '\uFFFD')}</bdi>;
}

/** The parser explains in English; other languages say what the parameter expects in their own words. */
function reasonIn(messages: Messages, name: string, english: string): string {
  return messages.calendar.lang === 'en' ? english : (messages.notices.reasons[name] ?? english);
}
