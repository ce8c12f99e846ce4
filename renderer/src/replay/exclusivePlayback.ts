/**
 * One take plays at a time (Compare shows two players): a player that starts claims playback, and
 * the one that held it is paused.
 */
let holder: (() => void) | null = null;

/** Claims playback with this player's pause; answers the release, for when it stops by itself. */
export function claimPlayback(pause: () => void): () => void {
  const previous = holder;
  holder = pause;
  if (previous && previous !== pause) previous();
  return () => {
    if (holder === pause) holder = null;
  };
}

/**
 * Whether a play/pause shortcut is this player's: the player that holds the focus takes it; with
 * focus in no player, the first player on the page does.
 */
export function ownsPlaybackKey(player: Element | null, focused: Element | null): boolean {
  if (!player) return false;
  const focusedPlayer = focused?.closest('[data-player]') ?? null;
  if (focusedPlayer) return focusedPlayer === player;
  return player.ownerDocument.querySelector('[data-player]') === player;
}
