/**
 * The reader's settings for a page of the extension (popup, options): null until loaded, then as they
 * change, here or elsewhere.
 *
 * A change made on this page shows at once and stays shown until it is stored. Without that, any
 * redraw between the click and storage's answer (the tab's state arriving, say) drew the switch
 * from the stored settings and undid the reader's click.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { loadSettings, saveSettings, setRememberSite, setSiteEnabled, siteList, watchSettings, type Settings } from './settings';

/** Show `shown` now; `save` stores it and gives the settings stored (by default, `saveSettings(shown)`). */
export type ChangeSettings = (shown: Partial<Settings>, save?: () => Promise<Settings>) => void;

export function useSettings(): [Settings | null, ChangeSettings] {
  const [stored, setStored] = useState<Settings | null>(null);
  const [pending, setPending] = useState<Partial<Settings>>({});
  useEffect(() => {
    let heard = false;
    void loadSettings().then((s) => {
      if (!heard) setStored(s); // a change heard meanwhile is newer than what was read
    });
    return watchSettings((s) => {
      heard = true;
      setStored(s);
      setPending((p) => without(p, s));
    });
  }, []);
  const change = useCallback<ChangeSettings>((shown, save = () => saveSettings(shown)) => {
    setPending((p) => ({ ...p, ...shown }));
    const done = (saved: Settings | null) => {
      if (saved) setStored(saved);
      setPending((p) => without(p, shown));
    };
    // Stored or refused, the switch shows what is stored from then on.
    save().then(done, () => done(null));
  }, []);
  const settings = useMemo(() => (stored ? { ...stored, ...pending } : null), [stored, pending]);
  return [settings, change];
}

/** A site switched on or off (`disabledSites`) or to be remembered or not (`rememberExcluded`): what to show, and how to store it. */
export function siteChange(
  settings: Settings,
  list: 'disabledSites' | 'rememberExcluded',
  site: string,
  on: boolean,
): [Partial<Settings>, () => Promise<Settings>] {
  const save = list === 'disabledSites' ? setSiteEnabled : setRememberSite;
  return [{ [list]: siteList(settings[list], site, on) }, () => save(site, on)];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `pending` less each key whose value is the one in `values` (a later change to it stays). */
function without(pending: Partial<Settings>, values: Partial<Settings>): Partial<Settings> {
  const keys = (Object.keys(pending) as (keyof Settings)[]).filter((k) => k in values && same(pending[k], values[k]));
  if (!keys.length) return pending;
  const rest = { ...pending };
  for (const k of keys) delete rest[k];
  return rest;
}
