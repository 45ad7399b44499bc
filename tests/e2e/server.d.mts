/** Types for server.mjs (plain ESM so that scripts/start.mjs can run it with Node alone). */
export declare const projectRoot: string;
export declare const sampleDir: string;
export declare const TYPES: Record<string, string>;

export interface ServerOptions {
  /** The directory served at '/' (default: the project's sample/). Ignored when `roots` is given. */
  root?: string;
  /** URL prefix -> directory, e.g. { '/': sampleDir, '/seed/': goldDir }. */
  roots?: Record<string, string>;
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Called with one line per request. */
  log?: (line: string) => void;
}

export interface StaticServer {
  /** 'http://127.0.0.1:<port>', no trailing slash. */
  url: string;
  port: number;
  roots: Record<string, string>;
  /** The absolute URL of a path on this server. */
  urlFor(path?: string): string;
  close(): Promise<void>;
}

export declare function startServer(options?: ServerOptions): Promise<StaticServer>;
