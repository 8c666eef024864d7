import type { Canvas2D } from './canvas2d';

/**
 * `text` broken at spaces into lines at most `maxWidth` wide in the context's current font, at
 * most `maxLines` of them; the last line ends in "…" if words were left over.
 * @example wrapText(ctx, 'Protests in 9 of 17 regions · …', 600, 2) // ['Protests in 9 of 17 regions ·', '…']
 */
export function wrapText(ctx: Pick<Canvas2D, 'measureText'>, text: string, maxWidth: number, maxLines: number): string[] {
  // Breaks at ordinary spaces only: a no-break space holds "2 369 km" (Russian and Kazakh numbers) together.
  const words = text.split(/[ \t\n\r]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const candidate = line ? `${line} ${word}` : word;
    if (!line || ctx.measureText(candidate).width <= maxWidth) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(ellipsis(ctx, `${line} ${words.slice(i).join(' ')}`, maxWidth));
      return lines;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

function ellipsis(ctx: Pick<Canvas2D, 'measureText'>, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let end = text.length;
  while (end > 1 && ctx.measureText(`${text.slice(0, end).trimEnd()}…`).width > maxWidth) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
