/**
 * Lets the page handle input and paint between two frames of a recording. A message on a channel
 * runs after pending events, like setTimeout(0), but is not throttled to once a second when the tab
 * is in the background, so a recording goes on at full speed while the reader looks elsewhere.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
