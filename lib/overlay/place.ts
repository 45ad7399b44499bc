/** Where a card goes: below its anchor if it fits, else above, always inside the viewport. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  gap = 8,
): { top: number; left: number; side: 'below' | 'above' } {
  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - card.height;
  const fitsBelow = below + card.height <= viewport.height - gap;
  const side = fitsBelow || above < gap ? 'below' : 'above';
  let top = side === 'below' ? below : above;
  // A card taller than the room on either side sits inside the viewport all the same.
  top = Math.max(gap, Math.min(top, viewport.height - card.height - gap));
  const left = Math.max(gap, Math.min(anchor.left, viewport.width - card.width - gap));
  return { top, left, side };
}
