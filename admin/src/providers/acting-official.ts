/**
 * Who is acting, until accounts exist: an official id kept in localStorage and sent as the
 * `X-Acting-Official` header; the server records it in the history. None by default.
 */
const KEY = 'chidao.actingOfficialId';
const listeners = new Set<() => void>();

export function getActingOfficialId(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setActingOfficialId(id: string | null): void {
  try {
    if (id) window.localStorage.setItem(KEY, id);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Private mode without storage: the choice lasts until the page is reloaded.
  }
  listeners.forEach((l) => l());
}

export function subscribeActingOfficial(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === KEY && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
