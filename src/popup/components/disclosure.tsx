import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

const STORAGE_PREFIX = 'dsa-fold:';

function remembered(id: string, fallback: boolean): boolean {
  try {
    const value = localStorage.getItem(STORAGE_PREFIX + id);
    return value === null ? fallback : value === 'open';
  } catch {
    return fallback; // storage blocked: the default, every time
  }
}

/**
 * A folded section (<details>): its content stays mounted while closed, so nothing typed in it is
 * lost, and whether the user opened it is remembered for the next time the popup opens (the
 * popup is a new page each time). `summary` is the section's heading, so the outline stays intact.
 */
export function Disclosure({ id, summary, children, class: className, defaultOpen = false, remember = true }: {
  id: string;
  summary: ComponentChildren;
  children: ComponentChildren;
  class?: string;
  defaultOpen?: boolean;
  remember?: boolean;
}) {
  const [open, setOpen] = useState(() => (remember ? remembered(id, defaultOpen) : defaultOpen));
  return (
    <details
      id={id}
      class={`fold${className ? ` ${className}` : ''}`}
      open={open}
      onToggle={(event) => {
        const now = event.currentTarget.open;
        setOpen(now);
        if (!remember) return;
        try {
          localStorage.setItem(STORAGE_PREFIX + id, now ? 'open' : 'closed');
        } catch {
          // storage blocked: the fold still works, it is just not remembered
        }
      }}
    >
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
