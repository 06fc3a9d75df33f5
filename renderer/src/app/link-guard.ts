/**
 * The page never navigates away from the app. A click on a link to another origin is
 * stopped here and, for an https link, handed to `openExternal` (links:open-external, which
 * opens the system browser after main's own check); other schemes go nowhere. Main refuses
 * such navigations too (will-navigate); this makes the click do the right thing instead.
 */
export function installLinkGuard(root: Document, openExternal: (url: string) => void): () => void {
  const foreignLink = (event: MouseEvent): URL | null => {
    const target = event.target;
    if (!(target instanceof Element)) return null;
    const anchor = target.closest('a[href]');
    if (!(anchor instanceof HTMLAnchorElement)) return null;
    let url: URL;
    try {
      url = new URL(anchor.href, root.baseURI);
    } catch {
      return null;
    }
    return url.origin === root.location.origin ? null : url;
  };
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented) return;
    const url = foreignLink(event);
    if (url === null) return;
    event.preventDefault();
    if (url.protocol === 'https:') openExternal(url.href);
  };
  // Middle click would open a new window, which main denies anyway: do nothing instead.
  const onAuxClick = (event: MouseEvent) => {
    if (foreignLink(event) !== null) event.preventDefault();
  };
  root.addEventListener('click', onClick);
  root.addEventListener('auxclick', onAuxClick);
  return () => {
    root.removeEventListener('click', onClick);
    root.removeEventListener('auxclick', onAuxClick);
  };
}
