// Demo sign-in: pick who you are. Mounted only when the server runs in demo mode.
import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { parseJsonBody } from '../parse';

export interface DemoPersona {
  personId: string;
  displayName: string;
  jobTitle: string;
  unitName: string;
  role: 'leader' | 'employee' | 'hr';
}

export interface DemoDeps {
  personas: DemoPersona[];
  /** signs a user token for one of the demo municipality's people; null when the id is unknown */
  signIn(personId: string): Promise<{ accessToken: string; expiresOn: Date } | null>;
}

const ZSignIn = z.object({ personId: z.string().uuid() });

export function demoRoutes(deps: DemoDeps) {
  const demo = new Hono();
  demo.get('/personas', (c) => c.json({ personas: deps.personas }));
  demo.post('/sign-in', async (c) => {
    const { personId } = await parseJsonBody(c, ZSignIn);
    const session = await deps.signIn(personId);
    if (!session) throw new AppError('not-found', 'no such demo person', 'body.personId');
    return c.json({ accessToken: session.accessToken, expiresOn: session.expiresOn.toISOString() });
  });
  return demo;
}
