/** Typed access to browser storage, by the keys of lib/storage-keys.ts. */
import { browser } from 'wxt/browser';
import { type StorageKey, StorageKeys, type StoredValue, parseStored } from '../lib/storage-keys';

const area = (key: StorageKey) => (StorageKeys[key].area === 'session' ? browser.storage.session : browser.storage.local);

export async function readStored<K extends StorageKey>(key: K): Promise<StoredValue<K> | null> {
  const all = await area(key).get(key);
  return parseStored(key, all[key]);
}

export async function writeStored<K extends StorageKey>(key: K, value: StoredValue<K>): Promise<void> {
  await area(key).set({ [key]: value });
}

export async function removeStored(key: StorageKey): Promise<void> {
  await area(key).remove(key);
}

/** Call `listener` with each new value of `key` (parsed; null when removed or unreadable). */
export function onStoredChange<K extends StorageKey>(key: K, listener: (value: StoredValue<K> | null) => void): () => void {
  const storage = area(key);
  const handler = (changes: Record<string, { newValue?: unknown }>) => {
    if (key in changes) listener(parseStored(key, changes[key].newValue));
  };
  storage.onChanged.addListener(handler);
  return () => storage.onChanged.removeListener(handler);
}
