/**
 * A small static file server for the e2e tests and `npm start`: 127.0.0.1, a random free port, GET/HEAD only.
 *
 *   const srv = await startServer();                                   // serves sample/ at /
 *   const srv = await startServer({ root: '/some/dir' });              // serves /some/dir at /
 *   const srv = await startServer({ roots: { '/': sampleDir, '/seed/': goldDir } });
 *   srv.url            -> 'http://127.0.0.1:41234'
 *   srv.urlFor('/seed/seed-article.html')
 *   await srv.close();
 *
 * Only files with a known type are served (see TYPES); everything else, missing files, directories
 * without index.html and any path that resolves outside its root (`..`, encoded slashes, symlinks) is a 404.
 */
import http from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sampleDir = path.join(projectRoot, 'sample');

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** `{ '/': dir }` from the options; prefixes start and end with '/', longest first. */
function mounts({ root, roots }) {
  const table = roots ?? { '/': root ?? sampleDir };
  return Object.entries(table)
    .map(([prefix, dir]) => {
      let p = prefix.startsWith('/') ? prefix : `/${prefix}`;
      if (!p.endsWith('/')) p += '/';
      return { prefix: p, dir: path.resolve(dir) };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);
}

function inside(dir, file) {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Where a request path leads: { file } to send, { redirect } for a directory asked without its
 * trailing slash (so the page's relative links work), or null for a 404.
 */
async function resolveRequest(table, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  // '/seed' names the '/seed/' mount: send the browser to the slash form.
  for (const { prefix } of table) if (prefix !== '/' && decoded === prefix.slice(0, -1)) return { redirect: prefix };
  const mount = table.find((m) => decoded.startsWith(m.prefix));
  if (!mount) return null;
  const rest = decoded.slice(mount.prefix.length);
  let file = path.resolve(mount.dir, `.${path.sep}${rest}`);
  if (!inside(mount.dir, file)) return null;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      if (!decoded.endsWith('/')) return { redirect: `${pathname}/` };
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return null;
    // No symlink may lead out of the root either.
    const [realDir, realFile] = await Promise.all([realpath(mount.dir), realpath(file)]);
    if (!inside(realDir, realFile)) return null;
    const type = TYPES[path.extname(realFile).toLowerCase()];
    if (!type) return null;
    return { file: realFile, type, size: info.size };
  } catch {
    return null;
  }
}

/**
 * @param {{ root?: string, roots?: Record<string, string>, host?: string, port?: number, log?: (line: string) => void }} [options]
 */
export function startServer(options = {}) {
  const { host = '127.0.0.1', port = 0, log } = options;
  const table = mounts(options);
  const server = http.createServer(async (req, res) => {
    const done = (status, headers = {}, body = '') => {
      res.writeHead(status, { 'cache-control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
      log?.(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return done(405, { allow: 'GET, HEAD' }, 'method not allowed\n');
    let pathname;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      return done(400, {}, 'bad request\n');
    }
    const found = await resolveRequest(table, pathname);
    if (!found) return done(404, { 'content-type': 'text/plain; charset=utf-8' }, 'not found\n');
    if ('redirect' in found) return done(301, { location: found.redirect });
    res.writeHead(200, { 'content-type': found.type, 'content-length': found.size, 'cache-control': 'no-store' });
    log?.(`200 ${req.method} ${req.url}`);
    if (req.method === 'HEAD') return res.end();
    createReadStream(found.file)
      .on('error', () => res.destroy())
      .pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const url = `http://${host}:${address.port}`;
      resolve({
        url,
        port: address.port,
        roots: Object.fromEntries(table.map((m) => [m.prefix, m.dir])),
        urlFor: (p = '/') => new URL(p, `${url}/`).href,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections(); // keep-alive sockets would hold close() open
          }),
      });
    });
  });
}
