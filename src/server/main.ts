// `npm start`: reads the configuration once and starts the demo or the production server.
import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './config';
import { startDemoStack } from './demo-stack';
import { startProductionServer } from './production';

const log = (line: string) => console.log(`[samtale] ${line}`);

async function main() {
  const startedAt = performance.now();
  // A local .env (git-ignored) is read the same way App Service settings arrive: as environment variables.
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig(process.env);
  let stop: () => Promise<void>;
  if (config.mode === 'demo') {
    log(
      'Ingen tenant-innstillinger: starter demoen (fiktiv kommune) / no tenant settings: starting the demo',
    );
    const stack = await startDemoStack({
      port: config.port,
      host: config.host,
      today: config.today,
      seed: config.seed,
      dataDir: config.dataDir,
      positionPercentAttribute: config.positionPercentAttribute,
      hrAppRole: config.hrAppRole,
      tablePrefix: config.tablePrefix,
      playgroundPort: config.playgroundPort,
      log,
    });
    stop = stack.stop;
    log(
      `${stack.municipality.name}: ${stack.municipality.people.length} people, data under ${config.dataDir}/`,
    );
    log(`Teams-fanen / tab:        ${stack.url}/tab/`);
    log(`Outlook-tillegg / add-in: ${stack.url}/outlook/`);
    log(`Graph-emulator:           ${stack.graphUrl}v1.0/`);
    log(`Helse / health:           ${stack.url}/healthz`);
    if (stack.playground)
      log(
        `Teams-chat (Agents Playground): ${stack.playground.url} (du er ${stack.playground.user.displayName})`,
      );
  } else {
    const server = await startProductionServer(config, log);
    stop = server.close;
    log(`production, tenant ${config.tenantId}, listening on ${server.url}`);
  }
  log(`ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s (Ctrl+C stops)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    await stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('[samtale] failed to start:', error);
  }
  process.exit(1);
});
