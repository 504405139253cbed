import { useState } from 'react';

let counter = 0;

/**
 * An id unique in the document for the component's lifetime, to tie labels
 * to their controls (MUI's selects are only named through an `id`).
 */
export function useUniqueId(prefix: string): string {
  const [id] = useState(() => `mlops-maturity-${prefix}-${++counter}`);
  return id;
}
