/** The words of a text as the article's word count counts them ("U.S.", "don't" and "two-year" are one each). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
