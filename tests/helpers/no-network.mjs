/**
 * Preloaded into a CLI run by tests (NODE_OPTIONS=--import=…): every way the CLI could reach the
 * network (fetch, node:http, node:https) fails at once as an unreachable network would, and says
 * on stderr what was asked and with which User-Agent, so a test can tell that nothing was sent,
 * or what would have been.
 */
import http from 'node:http';
import https from 'node:https';

function refuse(what, userAgent) {
  process.stderr.write(`NETWORK ${what} UA=${userAgent ?? '-'}\n`);
  throw new TypeError('the network is closed in this test');
}

globalThis.fetch = async (url, init = {}) => refuse(String(url), new Headers(init.headers).get('user-agent'));
for (const module of [http, https]) {
  module.request = (target) => refuse(`${module === https ? 'https' : 'http'} ${String(target?.href ?? target?.host ?? target)}`);
  module.get = module.request;
}
