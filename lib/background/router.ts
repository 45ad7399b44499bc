/**
 * The one handler table of the background: each message type of the protocol
 * (lib/messaging/protocol.ts) to its handler, each handler typed by its request and answer.
 * A message is checked against its schema (lib/messaging/schemas.ts) before its handler sees it.
 */
import { validate } from '../export/schema';
import { failed, type Result } from '../messaging/result';
import { REQUESTS } from '../messaging/schemas';
import type { BackgroundType } from '../messaging/protocol';
import { DEFAULT_DEPS, type Deps, type Handler, type Handlers, type PingTab, type Sender } from './handler';
import { extractHandlers } from './handlers/extract';
import { libraryHandlers } from './handlers/library';
import { memoryHandlers } from './handlers/memory';
import { onlineHandlers } from './handlers/online';
import { tabHandlers } from './handlers/tab';

export type { Deps, PingTab, Sender } from './handler';

const HANDLERS: Handlers = {
  ...tabHandlers,
  ...extractHandlers,
  ...memoryHandlers,
  ...onlineHandlers,
  ...libraryHandlers,
};

function isOurs(type: unknown): type is BackgroundType {
  return typeof type === 'string' && Object.hasOwn(HANDLERS, type);
}

async function answer<K extends BackgroundType>(type: K, message: unknown, sender: Sender, deps: Deps): Promise<Result<unknown>> {
  const request = validate(REQUESTS[type], message);
  // Our own contexts send these messages: one that fails its schema is a bug or a version skew,
  // and the sender is told which message and field, rather than waiting for an answer in vain.
  if (!request.ok) return { ok: false, error: `Sourcelight cannot take this "${type}" message: ${request.error}` };
  try {
    return await (HANDLERS[type] as Handler<K>)(request.value, sender, deps);
  } catch (e) {
    return failed(e);
  }
}

/**
 * Answers a message of ours (a promise of a Result); `undefined`, synchronously, for anything
 * else, so that another listener may answer it (the polyfill answers whatever a listener returns
 * a promise for). `deps` replaces the browser's for tests (a function: the tab ping alone).
 */
export function route(message: unknown, sender: Sender, deps: Partial<Deps> | PingTab = {}): Promise<Result<unknown>> | undefined {
  const type = message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
  if (!isOurs(type)) return undefined;
  return answer(type, message, sender, { ...DEFAULT_DEPS, ...(typeof deps === 'function' ? { ping: deps } : deps) });
}
