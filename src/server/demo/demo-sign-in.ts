import type { Municipality } from '../../core/org';
import { demoPersonas } from '../../demo/municipality/personas';
import type { DemoIdentity } from '../auth/demo-identity';
import type { DemoDeps } from '../http/routes/demo';

/** "Pick who you are": anyone in the fictional municipality, HR by the same app role as production. */
export function demoSignIn(municipality: Municipality, identity: DemoIdentity, hrAppRole: string): DemoDeps {
  const byId = new Map(municipality.people.map((p) => [p.id, p]));
  return {
    personas: demoPersonas(municipality),
    async signIn(personId) {
      const person = byId.get(personId);
      if (!person) return null;
      const appRoles = person.roles.includes('hr') ? [hrAppRole] : [];
      const { token, expiresOn } = await identity.signUserToken({
        id: person.id,
        name: person.displayName,
        appRoles,
      });
      return { accessToken: token, expiresOn };
    },
  };
}
