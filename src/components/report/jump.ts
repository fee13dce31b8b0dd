/**
 * In-page links under a hash router: `href="#trail-3"` would be read as a route, so the click
 * is taken over and focus moves to the target (which scrolls it into view and tells a screen
 * reader where it landed). The href stays for the status bar and for copying.
 */
export function jumpTo(event: MouseEvent, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
}
