import { useMessages } from '../react/useMessages';

interface PlayButtonProps {
  playing: boolean;
  /** At the start or the end of the story the button invites to play it all (the end replays from the start). */
  atEdge: boolean;
  onPlay: () => void;
  onPause: () => void;
}

/** The primary control next to the date: "Play how it spread", "Play from here", or "Pause" while playing. */
export function PlayButton({ playing, atEdge, onPlay, onPause }: PlayButtonProps) {
  const messages = useMessages();
  const label = playing ? messages.story.pause : atEdge ? messages.story.play : messages.story.playFromHere;
  return (
    <button
      type="button"
      className={playing ? 'qm-play qm-play--playing' : 'qm-play'}
      onClick={playing ? onPause : onPlay}
      data-testid="play"
    >
      <span className="qm-play__icon" aria-hidden="true">
        {playing ? '❚❚' : '▶'}
      </span>
      <span>{label}</span>
    </button>
  );
}
