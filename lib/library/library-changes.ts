/**
 * The channel the library announces its changes on. A `BroadcastChannel` rather than a list of
 * callbacks: the library is changed from one extension page (the options, the popup) and must
 * be heard in the others and in the background (which recompiles the pages' matcher), all in
 * the extension's origin, where a BroadcastChannel reaches every context, the MV3 service
 * worker included. Content scripts run in the page's origin: they hear of it through the
 * stored matcher the background rewrites.
 */
export const LIBRARY_CHANNEL = 'backstory-library';

/** What changed: the ids of the articles added, switched, edited or deleted. */
export interface LibraryChange {
  ids: string[];
}

/** Makes a channel by name (the real `BroadcastChannel` by default). */
export type ChannelFactory = (
  name: string,
) => Pick<BroadcastChannel, 'postMessage' | 'close' | 'addEventListener' | 'removeEventListener'>;

const realChannel: ChannelFactory = (name) => new BroadcastChannel(name);

/** Tells every other context of the extension that the library changed. */
export function announceChange(change: LibraryChange, channel = realChannel): void {
  const sender = channel(LIBRARY_CHANNEL);
  sender.postMessage(change);
  sender.close();
}

/** Calls `onChange` on each change announced elsewhere; returns the unsubscribe. */
export function watchLibrary(
  onChange: (change: LibraryChange) => void,
  channel = realChannel,
): () => void {
  const receiver = channel(LIBRARY_CHANNEL);
  const listener = (event: Event) => {
    const data = (event as MessageEvent).data as Partial<LibraryChange> | null;
    if (Array.isArray(data?.ids))
      onChange({ ids: data.ids.filter((id) => typeof id === 'string') });
  };
  receiver.addEventListener('message', listener);
  return () => {
    receiver.removeEventListener('message', listener);
    receiver.close();
  };
}
