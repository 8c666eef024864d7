import { createContext, useContext } from 'react';

/**
 * The header's actions box (Header.tsx), filled from below by MapExperience through a portal: the
 * Share, Download and About dialogs need the view and the scene, which live under the header, yet
 * belong before the map in reading and tab order. Null until the header has mounted.
 */
export const HeaderSlotContext = createContext<HTMLElement | null>(null);

export function useHeaderSlot(): HTMLElement | null {
  return useContext(HeaderSlotContext);
}
