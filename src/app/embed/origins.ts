/**
 * Parses the origins a host page allows (`origins=https://portal.example,http://intranet:8080`):
 * each must be a bare http(s) origin; anything else is dropped with a warning. Never '*'.
 */
export function parseOrigins(raw: string | null): { origins: string[]; warnings: string[] } {
  const origins: string[] = [];
  const warnings: string[] = [];
  for (const item of (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    try {
      const url = new URL(item);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin === item.replace(/\/$/, '')) origins.push(url.origin);
      else warnings.push(`origins: "${item.slice(0, 60)}" is not a bare http(s) origin`);
    } catch {
      warnings.push(`origins: "${item.slice(0, 60)}" is not a URL`);
    }
  }
  return { origins: [...new Set(origins)], warnings };
}
