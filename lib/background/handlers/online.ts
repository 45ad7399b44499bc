/** The online look-ups (GDELT's coverage, who a person is): only with the reader's consent, and the browser's. */
import { onlineCoverage } from '../../services/online-coverage';
import { lookUpPerson } from '../../services/online-knowledge';
import { loadSettings } from '../../settings/settings';
import type { Handlers } from '../handler';

export const onlineHandlers: Pick<Handlers, 'coverage:online' | 'knowledge:lookup'> = {
  'coverage:online': async (message, _sender, { coverage, dataConsent }) => {
    // The reader's yes, and in Firefox the browser's own data-collection consent.
    const allowed = (await loadSettings()).onlineCoverage === 'allowed' && (await dataConsent());
    return { ok: true, value: await onlineCoverage(message.name, allowed, coverage) };
  },
  'knowledge:lookup': async (message, _sender, { knowledge, dataConsent }) => {
    if (!(await dataConsent())) return { ok: true, value: { status: 'not-allowed' } };
    return { ok: true, value: await lookUpPerson(message.request, message.once === true, await loadSettings(), knowledge) };
  },
};
