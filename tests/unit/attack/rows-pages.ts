// Class 7: the pages and their framing. Every page carries the same CSP (no inline script or style,
// no eval); only embed.html may be framed by other origins.
import { headersFor, pageHtml, PAGES } from './api.ts';
import { eq, ok, type Row } from './check.ts';

const cspOf = (html: string): string | null => /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1] ?? null;
const directive = (csp: string, name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';
const pages = Object.keys(PAGES) as (keyof typeof PAGES)[];

export const PAGE_ROWS: Row[] = [
  ...pages.map(
    (page): Row => ({
      id: `7.csp-${page.replace('.html', '')}`,
      cls: 7,
      input: `${page}: its CSP meta`,
      sees: 'a CSP refusing inline script, eval and inline style',
      run: () => {
        const csp = cspOf(pageHtml(page));
        ok(csp, `${page} has no CSP meta`);
        for (const name of ['script-src', 'style-src']) {
          const d = directive(csp, name);
          ok(d, `${page} has no ${name}`);
          ok(!/'unsafe-inline'|'unsafe-eval'|\*/.test(d), `${page}: ${d}`);
        }
        ok(/object-src 'none'/.test(csp), `${page} allows objects`);
        ok(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(pageHtml(page)), `${page} has an inline script`);
        ok(!/<style[\s>]/i.test(pageHtml(page)), `${page} has an inline <style>`);
      },
    }),
  ),
  {
    id: '7.csp-same-everywhere',
    cls: 7,
    input: 'the CSP of index.html, embed.html and widget-demo.html',
    sees: 'one and the same policy',
    run: () => {
      const policies = pages.map((p) => cspOf(pageHtml(p)));
      eq(new Set(policies).size, 1, 'distinct policies');
    },
  },
  ...(['/', '/index.html', '/widget-demo.html'] as const).map(
    (path): Row => ({
      id: `7.frame-${path === '/' ? 'root' : path.slice(1).replace('.html', '')}`,
      cls: 7,
      input: `${path} framed by another origin`,
      sees: "refused: frame-ancestors 'self' and X-Frame-Options SAMEORIGIN",
      run: () => {
        const headers = headersFor(path);
        ok(headers, 'no headers are sent');
        ok(/frame-ancestors 'self'/.test(headers['Content-Security-Policy'] ?? ''), `CSP header: ${headers['Content-Security-Policy'] ?? 'none'}`);
        eq(headers['X-Frame-Options'], 'SAMEORIGIN', 'X-Frame-Options');
      },
    }),
  ),
  {
    id: '7.frame-embed',
    cls: 7,
    input: '/embed.html?origins=… framed by another origin',
    sees: 'allowed (the page meant for framing), with the same CSP',
    run: () => {
      const headers = headersFor('/embed.html?origins=https://host.example');
      ok(headers, 'no headers are sent');
      ok(/frame-ancestors \*/.test(headers['Content-Security-Policy'] ?? ''), 'embed.html cannot be framed');
      ok((headers['Content-Security-Policy'] ?? '').startsWith(cspOf(pageHtml('embed.html'))!), 'the header CSP is not the page CSP');
    },
  },
  {
    id: '7.data-no-page-headers',
    cls: 7,
    input: '/data/pilots.geojson',
    sees: 'no page headers on data files',
    run: () => eq(headersFor('/data/pilots.geojson'), {}, 'headers'),
  },
];
