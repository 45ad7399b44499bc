/**
 * The browser's permissions for unit tests (WXT's fake browser leaves them unimplemented): what is
 * granted, a prompt that answers `yes` (or throws), and, with `firefox`, a manifest declaring
 * Firefox's data-collection consent.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Asked = { origins?: string[]; data_collection?: string[] };

export function fakePermissions({ firefox = false, answer = true as boolean | Error, granted = [] as string[] } = {}) {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: firefox ? 2 : 3,
    name: 'x',
    version: '1',
    ...(firefox ? { browser_specific_settings: { gecko: { data_collection_permissions: {} } } } : {}),
  } as never);
  const have = new Set(granted);
  const holds = (p: Asked) => [...(p.origins ?? []), ...(p.data_collection ?? [])].every((x) => have.has(x));
  const request = vi.fn(async (p: Asked) => {
    if (answer instanceof Error) throw answer;
    if (answer) for (const x of [...(p.origins ?? []), ...(p.data_collection ?? [])]) have.add(x);
    return answer;
  });
  const contains = vi.fn(async (p: Asked) => holds(p));
  const permissions = fakeBrowser.permissions as unknown as { request: typeof request; contains: typeof contains };
  permissions.request = request;
  permissions.contains = contains;
  return { request, contains, have };
}
