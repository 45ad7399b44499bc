/**
 * Forgetting what Sourcelight remembers, asked of the background (the only writer): the popup
 * forgets an article or an outlet, the options page everything. Answers how many articles went.
 */
import { ask } from '../messaging/ask';
import type { ForgetScope } from '../messaging/protocol';

export const forget = (scope: ForgetScope) => ask({ type: 'memory:forget', scope });
