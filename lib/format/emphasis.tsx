/**
 * A message with its emphasis inside it: `*…*` marks the words shown in bold, so that a translator
 * gets the whole sentence and places the emphasis where their language puts it, instead of
 * pieces glued around a bold part in code. No other markup: a message is text.
 */
import type { ComponentChildren } from 'preact';

export function withEmphasis(message: string): ComponentChildren[] {
  return message.split(/\*([^*]+)\*/).map((part, i) => (i % 2 ? <strong key={i}>{part}</strong> : part));
}
