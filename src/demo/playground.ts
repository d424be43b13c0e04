// The Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground) as the demo's Teams: a chat client
// in the browser with a mocked Bot Connector, run headless (TEAMSAPPTESTER_BROWSER=none) as a child process
// against our bot at /api/messages. Its config makes the chat's user one demo employee (their Entra object id,
// our tenant), so what the bot shows there is what that person would see in Teams.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Municipality, Person } from '../core/org';

export interface PlaygroundOptions {
  /** our bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages */
  botEndpoint: string;
  botId: string;
  municipality: Municipality;
  /** the person who chats with the bot */
  user: Person;
  /** five more people of the tenant (the playground's group chat); another user's card action comes from one */
  others: Person[];
  /** preferred port; the playground takes a free one when it is busy; 0: any */
  port: number;
  /** where the generated config goes */
  dir: string;
  startTimeoutMs?: number;
}

export interface RunningPlayground {
  /** the chat client, e.g. http://localhost:56150 */
  url: string;
  /** the mocked Bot Connector, the serviceUrl in its activities */
  connectorUrl: string;
  /** the person who chats with the bot there */
  user: { id: string; displayName: string };
  /** the playground's personal chat with the user */
  personalChatId: string;
  groupChatId: string;
  /** the playground's ids of its users: the chat user's and the others', by Entra object id */
  userIds: Map<string, string>;
  stop(): Promise<void>;
}

export const PERSONAL_CHAT_ID = 'samtale-personal-chat';
export const GROUP_CHAT_ID = 'samtale-group-chat';

/** the playground's config (its schema 0.1.1 allows exactly five other users); YAML is a superset of JSON */
export function playgroundConfig(o: Pick<PlaygroundOptions, 'botId' | 'municipality' | 'user' | 'others'>) {
  const user = (p: Person) => ({
    id: `29:${p.id}`,
    name: p.displayName.slice(0, 256),
    userPrincipleName: p.mail,
    aadObjectId: p.id,
    givenName: p.givenName,
    surname: p.surname,
    email: p.mail,
  });
  if (o.others.length !== 5) throw new Error('the Agents Playground wants exactly five other users');
  return {
    version: '0.1.1',
    tenantId: o.municipality.tenantId,
    bot: { id: o.botId, name: 'Samtale' },
    currentUser: user(o.user),
    users: o.others.map(user),
    personalChat: { id: PERSONAL_CHAT_ID },
    groupChat: { id: GROUP_CHAT_ID, name: o.municipality.name },
    team: { id: 'samtale-team', name: o.municipality.name, aadGroupId: 'samtale-team-group', channels: [] },
  };
}

export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  await mkdir(options.dir, { recursive: true });
  const configPath = path.join(options.dir, '.m365agentsplayground.yml');
  await writeFile(configPath, JSON.stringify(playgroundConfig(options), null, 2));
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const guard = fileURLToPath(new URL('./playground-child.mjs', import.meta.url));
  const args = [
    'start',
    '-e',
    options.botEndpoint,
    '-c',
    'msteams',
    '-p',
    String(options.port || 56150),
    '--dt',
  ];
  const child = spawn(process.execPath, [guard, cli, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    // own process group: a Ctrl-C reaches the parent, which then stops us in order
    detached: true,
    cwd: options.dir,
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
    },
  });
  child.stdin.on('error', () => undefined);
  let output = '';
  let exitCode: number | string | null | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code) => resolve(void (exitCode = code)));
    child.once('error', (error) => resolve(void (exitCode = error.message)));
  });
  const stop = async () => {
    if (exitCode !== undefined) return;
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  // it says "Listening on <port>" once up; the port may differ from the one asked for
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the Agents Playground did not start in time:\n${output.trim()}`));
    }, options.startTimeoutMs ?? 30_000);
    const read = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      const match = /Listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the Agents Playground exited (${String(exitCode)}):\n${output.trim()}`));
    });
  });
  child.stdout.removeAllListeners('data');
  child.stderr.removeAllListeners('data');
  child.stdout.resume();
  child.stderr.resume();
  const url = `http://localhost:${port}`;
  return {
    url,
    connectorUrl: `${url}/_connector`,
    user: { id: options.user.id, displayName: options.user.displayName },
    personalChatId: PERSONAL_CHAT_ID,
    groupChatId: GROUP_CHAT_ID,
    userIds: new Map([options.user, ...options.others].map((p) => [p.id, `29:${p.id}`])),
    stop,
  };
}
