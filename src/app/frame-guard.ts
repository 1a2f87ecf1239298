/**
 * The full app is not for framing by other sites (embed.html is). Servers refuse it with
 * `frame-ancestors 'self'` (src/security-headers.ts); where a static host sends no headers, this
 * guard hides the page when a page of another origin frames it and offers to open it on its own.
 * Only index.html's entry imports it: embed.html and the widget never run it.
 */
import './frame-guard.css';

function framedByAnotherOrigin(): boolean {
  if (window.top === window.self) return false;
  try {
    // Reading the top window's origin throws when it is another origin's.
    return window.top?.location.origin !== location.origin;
  } catch {
    return true;
  }
}

if (framedByAnotherOrigin()) {
  document.documentElement.classList.add('atlas-framed');
  const zh = !navigator.language.toLowerCase().startsWith('en');
  const note = document.createElement('p');
  note.className = 'atlas-framed-note';
  const link = document.createElement('a');
  link.href = location.href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = zh ? '在新窗口中打开图谱' : 'Open the atlas in its own window';
  note.append(zh ? '此页面不能嵌入其他网站（请使用 embed.html）。' : 'This page cannot be shown inside another site (use embed.html). ', link);
  // A module script runs once the document is parsed: the body is there.
  document.body.append(note);
}
