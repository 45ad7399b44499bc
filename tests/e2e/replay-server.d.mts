/** Types for replay-server.mjs. */
export declare function normalise(url: string): string;
export interface Recorded {
  request: { method: string; url: string };
  response: { status: number; headers: Record<string, string>; body: string };
  file: string;
}
export declare function loadExchanges(services: string[]): Map<string, Recorded>;
export interface ReplayServer {
  /** The target URLs asked for, in order. */
  asked: string[];
  known: Map<string, Recorded>;
  urlFor(target: string): string;
  close(): Promise<void>;
}
export declare function startReplayServer(services: string[]): Promise<ReplayServer>;
