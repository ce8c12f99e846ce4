import { createContext, useContext } from 'react';
import type { StudioClient } from './client.js';

/** Components take the client from context, so tests can hand them a fake one. */
export const ClientContext = createContext<StudioClient | null>(null);

export function useClient(): StudioClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient needs a ClientContext provider');
  return client;
}
