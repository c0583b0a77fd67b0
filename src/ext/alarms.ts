import { browser } from './polyfill.js';

/**
 * The alarms the background sets (chrome.alarms / browser.alarms, the same API in both browsers):
 * unlike a timer, an alarm survives the service worker's sleep and wakes it up.
 */
export interface Alarms {
  /** Replaces any alarm of that name. */
  create(name: string, when: number): Promise<void>;
  clear(name: string): Promise<void>;
}

export const alarms: Alarms = {
  async create(name, when) {
    await browser.alarms.create(name, { when });
  },
  async clear(name) {
    await browser.alarms.clear(name);
  },
};

/** Listens from the worker's first run: an alarm that wakes the worker is delivered to listeners added then. */
export function onAlarm(listener: (name: string) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => listener(alarm.name));
}
