/**
 * The security policy of the app's pages, in one place: the <meta> CSP every page carries and the
 * HTTP headers a server should send with each page (vite preview and dev send them; README ›
 * Deployment has the same for nginx, Apache and Netlify-style `_headers`).
 *
 * A <meta> CSP cannot say who may frame a page (browsers ignore frame-ancestors there), so framing
 * is refused by headers: index.html and widget-demo.html only by pages of their own origin;
 * embed.html, the page meant for iframes, by any page (its postMessage API trusts only `origins=`).
 */

/** The CSP of every page: no inline script or style, no eval, nothing outside the page's origin. */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; child-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'";

/** Pages that other origins may frame. */
export const FRAMEABLE_PAGES = ['embed.html'] as const;

/**
 * The headers for a request path (`/`, `/index.html`, `/embed.html?…`, `/data/x.json`); empty for
 * anything that is not a page. `dev`: the dev server injects inline styles, so its header leaves the
 * content rules to the page's (relaxed) <meta> and sends only the framing rule.
 */
export function pageHeaders(path: string, options: { dev?: boolean } = {}): Record<string, string> {
  const pathname = path.split(/[?#]/)[0] ?? '/';
  const page = pathname.endsWith('/') || pathname.endsWith('.html');
  if (!page) return {};
  const frameable = FRAMEABLE_PAGES.some((name) => pathname.endsWith(`/${name}`));
  const framing = frameable ? 'frame-ancestors *' : "frame-ancestors 'self'";
  return {
    'Content-Security-Policy': options.dev ? framing : `${PAGE_CSP}; ${framing}`,
    ...(frameable ? {} : { 'X-Frame-Options': 'SAMEORIGIN' }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
