import { describe, expect, test } from 'vitest';
import { articleKey } from '@/lib/services/article-url';

describe('articleKey', () => {
  // Spellings of one address seen in GDELT rows (gdelt-doc-api issue 28: with and without `:443`).
  test.each([
    ['https://www.reuters.com/world/europe/kremlin-2026-11-28/', 'https://www.reuters.com:443/world/europe/kremlin-2026-11-28/'],
    ['http://www.bbc.co.uk/news/world-europe-1', 'http://www.bbc.co.uk:80/news/world-europe-1'],
    ['http://tass.com/politics/1934567', 'http://tass.com:443/politics/1934567'],
    ['https://tass.com/politics/1934567', 'http://tass.com/politics/1934567'],
    ['https://meduza.io/en/news/2026/11/27/peskov', 'https://meduza.io/en/news/2026/11/27/peskov/'],
    ['https://WWW.AlJazeera.com/news/2026/11/27/x', 'https://www.aljazeera.com/news/2026/11/27/x#comments'],
    ['https://example.com', 'https://example.com:443/'],
  ])('%s and %s are one article', (a, b) => {
    expect(articleKey(a)).not.toBeNull();
    expect(articleKey(a)).toBe(articleKey(b));
  });

  test.each([
    ['another port', 'https://news.example.com/a', 'https://news.example.com:8443/a'],
    ['another query', 'https://www.example.com/article.php?id=1', 'https://www.example.com/article.php?id=2'],
    ['another path', 'https://tass.com/politics/1934567', 'https://tass.com/politics/1934568'],
    ['another host', 'https://www.tass.com/a', 'https://tass.com/a'],
  ])('%s is another article', (_, a, b) => {
    expect(articleKey(a)).not.toBe(articleKey(b));
  });

  test.each(['javascript:alert(1)', 'not a url', '', 'ftp://example.com/a'])('%j is not a web address', (url) => {
    expect(articleKey(url)).toBeNull();
  });
});
