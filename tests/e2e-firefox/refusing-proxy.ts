/**
 * The proxy every request for another machine is sent to in the Firefox tests: it records each one
 * and answers none (403; HTTPS tunnels are refused). Firefox sends through it whatever any part of
 * the browser asks for, the extension's background included, which the page's own network events
 * would not show.
 */
import http from 'node:http';

export interface RefusingProxy {
  port: number;
  /** "GET http://host/path" or "CONNECT host:443", in order. */
  seen: string[];
  close(): Promise<void>;
}

export async function startRefusingProxy(): Promise<RefusingProxy> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test proxy');
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
