/** "Protests in 5 of 17 regions" → "protests in 5 of 17 regions": a headline phrase set inside a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}
