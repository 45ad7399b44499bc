/**
 * The protocol is checked by the compiler: the answer's type follows from the message's type,
 * and a wrong request, a wrong answer or an unknown type does not compile. `npx tsc --noEmit`
 * checks this file (tsconfig.json includes every .ts): each `@ts-expect-error` below fails the
 * typecheck if the line under it ever compiles. Nothing here is sent: the functions that would
 * send are only compiled, never called.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type { Handlers } from '@/lib/background/handler';
import type { ImportOutcome } from '@/lib/library/store';
import type { SavedArticle } from '@/lib/library/types';
import type { PageHandlers } from '@/lib/messaging/answer-page';
import { ask, askTab, send } from '@/lib/messaging/ask';
import type { AnswerOf, KnowledgeReply, PingAnswer, RequestOf, SavedPlacement, TabState } from '@/lib/messaging/protocol';
import type { Result } from '@/lib/messaging/result';

// What `ask` answers for the message M, without sending it.
type Asked<M extends Parameters<typeof ask>[0]> = Awaited<ReturnType<typeof ask<M>>>;

describe('the protocol, checked by the compiler', () => {
  it('infers each answer from the message type', () => {
    expectTypeOf<Asked<{ type: 'tab:get'; tabId: number }>>().toEqualTypeOf<Result<TabState | null>>();
    expectTypeOf<Asked<{ type: 'memory:forget'; scope: { all: true } }>>().toEqualTypeOf<Result<number>>();
    expectTypeOf<Asked<RequestOf<'knowledge:lookup'>>>().toEqualTypeOf<Result<KnowledgeReply>>();
    expectTypeOf<Asked<RequestOf<'library:import'>>>().toEqualTypeOf<Result<ImportOutcome>>();
    expectTypeOf<Asked<RequestOf<'library:place'>>>().toEqualTypeOf<Result<SavedPlacement | null>>();
    expectTypeOf<Awaited<ReturnType<typeof askTab<{ type: 'page:save' }>>>>().toEqualTypeOf<Result<SavedArticle>>();
    expectTypeOf<AnswerOf<'page:ping'>>().toEqualTypeOf<PingAnswer>();
  });

  it('refuses a wrong answer type, a wrong request, an unknown type and a message to the wrong side', () => {
    const neverCalled = async () => {
      // @ts-expect-error tab:get answers TabState | null, not a string
      const wrongAnswer: Result<string> = await ask({ type: 'tab:get', tabId: 1 });
      // @ts-expect-error the caller cannot choose the answer's type
      const chosen = await ask<TabState>({ type: 'tab:get', tabId: 1 });
      // @ts-expect-error tabId is a number
      await ask({ type: 'tab:get', tabId: '1' });
      // @ts-expect-error library:annotate needs the annotation
      await ask({ type: 'library:annotate', url: 'https://example.org/' });
      // @ts-expect-error not a message of the protocol
      await ask({ type: 'tab:gone', tabId: 1 });
      // @ts-expect-error page:save goes to a page (askTab), not to the background
      await ask({ type: 'page:save' });
      // @ts-expect-error tab:get goes to the background, not to a page
      await askTab(1, { type: 'tab:get', tabId: 1 });
      // @ts-expect-error a scope is one article, one outlet or all
      await send({ type: 'memory:forget', scope: { all: false } });
      return [wrongAnswer, chosen];
    };
    expectTypeOf(neverCalled).toBeFunction();
  });

  it('types each handler by its answer, in the background and in the page', () => {
    expectTypeOf<ReturnType<Handlers['tab:get']>>().toEqualTypeOf<Promise<Result<TabState | null>> | Result<TabState | null>>();
    // @ts-expect-error memory:forget answers a count
    const wrongHandler: Handlers['memory:forget'] = async () => ({ ok: true, value: 'forgotten' });
    // @ts-expect-error page:ping answers the page's id
    const wrongPage: PageHandlers['page:ping'] = async () => ({ ok: true, value: { id: 'p' } });
    expectTypeOf([wrongHandler, wrongPage]).toBeArray();
  });

  it('ties each request schema to its request type', () => {
    // @ts-expect-error a schema that reads tabId as a string cannot stand for tab:get's request
    const wrongSchema: z.ZodMiniType<RequestOf<'tab:get'>> = null as unknown as z.ZodMiniObject<{
      type: z.ZodMiniLiteral<'tab:get'>;
      tabId: z.ZodMiniString;
    }>;
    expectTypeOf(wrongSchema).not.toBeAny();
  });
});
